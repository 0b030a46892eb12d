package be.wallonie.clusters.evaluation.domain.snapshot;

/**
 * Kinds of member organisations. Only {@link #ENTERPRISE} can initiate a cluster: the others
 * « arrivent en support du cluster, non en initiateurs » (I.1.2 §2).
 */
public enum OrganisationKind {
    ENTERPRISE,
    RESEARCH_CENTRE,
    TRAINING_CENTRE,
    UNIVERSITY,
    FEDERATION,
    CHAMBER_OF_COMMERCE,
    PUBLIC_BODY
}
