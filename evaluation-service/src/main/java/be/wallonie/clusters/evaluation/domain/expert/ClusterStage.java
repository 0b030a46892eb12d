package be.wallonie.clusters.evaluation.domain.expert;

/**
 * Where a cluster stands as the registry announced its member set (ClusterMembershipChanged): a draft, a submitted
 * dossier, a validated cluster — each a cluster "existant ou en projet" (000 III.2) — or ended (its set is empty).
 */
public enum ClusterStage {
    DRAFT,
    SUBMITTED,
    VALIDATED,
    ENDED;

    /** Whether the cluster is only proposed (a draft or a submitted dossier), not yet validated. */
    public boolean inPreparation() {
        return this == DRAFT || this == SUBMITTED;
    }
}
