package be.wallonie.clusters.registry.application.port.in;

/** The membership ledger changed since the version the caller read (If-Match). */
public class StaleMembershipException extends RuntimeException {

    private final long expectedVersion;
    private final long currentVersion;

    public StaleMembershipException(long expectedVersion, long currentVersion) {
        super("membership ledger version " + expectedVersion + " expected, " + currentVersion + " current");
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
