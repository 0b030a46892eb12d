package be.wallonie.clusters.registry.application.port.in;

/** The caller changes a project or an act at a version that is no longer the current one (If-Match mismatch). */
public class StaleAccompanimentException extends RuntimeException {

    private final long currentVersion;

    public StaleAccompanimentException(long expected, long currentVersion) {
        super("expected version " + expected + " but it is at " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
