package be.wallonie.clusters.evaluation.domain.snapshot;

/** A member's role: the core group (« noyau dur », III.4) drives the cluster and is its promoter. */
public enum MemberRole {
    CORE_GROUP,
    MEMBER,
    SUPPORT
}
