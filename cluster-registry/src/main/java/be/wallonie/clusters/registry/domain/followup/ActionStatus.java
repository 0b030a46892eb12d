package be.wallonie.clusters.registry.domain.followup;

/** Where an action of the judged plan stands at the end of the reported year. */
public enum ActionStatus {
    CARRIED_OUT,
    ONGOING,
    /** Put off to a later date: the report says why. */
    POSTPONED,
    /** Given up: the report says why. */
    DROPPED;

    /** Whether the report must say why (postponed or dropped). */
    public boolean needsReason() {
        return this == POSTPONED || this == DROPPED;
    }
}
