package be.wallonie.clusters.registry.domain.followup;

/** A filing the rules do not allow, with the rule that refused it. */
public class FollowUpRefusedException extends RuntimeException {

    public enum Reason {
        /** Only a validated cluster (one that holds or held an agrément) reports yearly. */
        NOT_A_RECOGNISED_CLUSTER,
        /** One report per year: a second one is a correction, with its reason. */
        ALREADY_FILED,
        /** A correction corrects a report already filed for that year. */
        NOT_FILED,
        /** The year falls in none of the cluster's agréments: there is no plan to report on. */
        NO_AGREMENT_THAT_YEAR
    }

    private final Reason reason;

    public FollowUpRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
