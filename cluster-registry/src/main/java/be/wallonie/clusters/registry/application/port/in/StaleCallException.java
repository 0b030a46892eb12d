package be.wallonie.clusters.registry.application.port.in;

/** The caller acted on a version of the call that has changed since (If-Match mismatch). */
public class StaleCallException extends RuntimeException {

    private final long currentVersion;

    public StaleCallException(long expected, long currentVersion) {
        super("expected version " + expected + " but the call is at " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
