package be.wallonie.clusters.registry.application.port.in;

import java.util.UUID;

public class CallNotFoundException extends RuntimeException {

    private final UUID id;

    public CallNotFoundException(UUID id) {
        super("no call " + id);
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
