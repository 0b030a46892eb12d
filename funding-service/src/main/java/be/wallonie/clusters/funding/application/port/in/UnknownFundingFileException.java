package be.wallonie.clusters.funding.application.port.in;

import java.util.UUID;

/** The dossier has no funding file (the registry granted it nothing yet). */
public class UnknownFundingFileException extends RuntimeException {

    private final UUID dossierId;

    public UnknownFundingFileException(UUID dossierId) {
        super("no funding file for " + dossierId);
        this.dossierId = dossierId;
    }

    public UUID dossierId() {
        return dossierId;
    }
}
