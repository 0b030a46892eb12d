package be.wallonie.clusters.registry.application.port.in;

/** The requester acted on a version of the organisation that has changed since (If-Match mismatch). */
public class StaleOrganisationException extends RuntimeException {

    private final long currentVersion;

    public StaleOrganisationException(long expected, long currentVersion) {
        super("expected version " + expected + " but the organisation is at " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
