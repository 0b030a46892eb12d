package be.wallonie.clusters.registry.application.port.in;

import java.util.UUID;

public class SessionNotFoundException extends RuntimeException {

    private final UUID id;

    public SessionNotFoundException(UUID id) {
        super("no session " + id);
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
