package be.wallonie.clusters.registry.application.port.in;

/** The caller corrects a version of the year's report that is no longer the current one (If-Match mismatch). */
public class StaleFollowUpReportException extends RuntimeException {

    private final long currentVersion;

    public StaleFollowUpReportException(long expected, long currentVersion) {
        super("expected version " + expected + " but the report is at " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
