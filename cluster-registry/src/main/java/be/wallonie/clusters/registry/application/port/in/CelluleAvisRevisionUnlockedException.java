package be.wallonie.clusters.registry.application.port.in;

/** A revision of an existing avis sent without If-Match (optimistic locking is required to revise). */
public class CelluleAvisRevisionUnlockedException extends RuntimeException {

    private final long currentVersion;

    public CelluleAvisRevisionUnlockedException(long currentVersion) {
        super("revising avis version " + currentVersion + " needs If-Match");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
