package be.wallonie.clusters.registry.application.port.in;

/** The writer revises a version of the avis that is no longer the current one (If-Match mismatch). */
public class StaleCelluleAvisException extends RuntimeException {

    private final long currentVersion;

    public StaleCelluleAvisException(long expected, long currentVersion) {
        super("expected avis version " + expected + " but the avis is at " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
