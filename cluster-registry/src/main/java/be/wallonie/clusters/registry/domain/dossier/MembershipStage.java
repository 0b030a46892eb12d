package be.wallonie.clusters.registry.domain.dossier;

/**
 * Where a dossier's member set stands, as the registry announces it (ClusterMembershipChanged): every stage but
 * {@code ENDED} is a cluster "existant ou en projet" (000 III.2) whose members no expert of the Comité may be linked to.
 */
public enum MembershipStage {
    /** A draft, or a dossier returned to its applicants for completion: a cluster in preparation. */
    DRAFT,
    /** Submitted to the call (first submission or renewal request), until the Region decides. */
    SUBMITTED,
    /** A validated cluster with an agrément (or whose agrément still runs after a refused or withdrawn renewal). */
    VALIDATED,
    /** Withdrawn, rejected, or its agrément ended: the set is empty. */
    ENDED
}
