package be.wallonie.clusters.registry.application.port.in;

import java.util.UUID;

public class AccompanimentActNotFoundException extends RuntimeException {

    public AccompanimentActNotFoundException(UUID id) {
        super("no accompaniment act " + id);
    }
}
