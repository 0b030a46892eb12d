package be.wallonie.clusters.registry.application.port.in;

/** The caller acted on a version of the dossier that has changed since (If-Match mismatch). */
public class StaleDossierException extends RuntimeException {

    private final long currentVersion;

    public StaleDossierException(long expected, long currentVersion) {
        super("expected version " + expected + " but the dossier is at " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
