package be.wallonie.clusters.registry.application.port.in;

import java.util.UUID;

public class AccompaniedProjectNotFoundException extends RuntimeException {

    public AccompaniedProjectNotFoundException(UUID id) {
        super("no accompanied project " + id);
    }
}
