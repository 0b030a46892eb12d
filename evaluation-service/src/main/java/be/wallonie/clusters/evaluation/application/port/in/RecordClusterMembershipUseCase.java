package be.wallonie.clusters.evaluation.application.port.in;

/**
 * Keeps, per dossier, the member set the registry announced last (highest sequence), as members of a cluster "existant
 * ou en projet" (000 III.2) that the conflict-of-interest rule sees beside the snapshots' members.
 */
public interface RecordClusterMembershipUseCase {

    /** @return APPLIED, or OUT_OF_ORDER when the sequence is not higher than the last applied one (nothing changed) */
    Outcome recordClusterMembership(RecordClusterMembershipCommand command);

    enum Outcome {
        APPLIED, OUT_OF_ORDER
    }
}
