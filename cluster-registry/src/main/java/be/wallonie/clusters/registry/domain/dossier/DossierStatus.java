package be.wallonie.clusters.registry.domain.dossier;

/**
 * The lifecycle of a cluster dossier (domain.md §3): {@code DRAFT → SUBMITTED → UNDER_EVALUATION →
 * OPINION_RECEIVED → VALIDATED | REJECTED}, with {@code RETURNED_FOR_COMPLETION} (back to the
 * applicant) and {@code WITHDRAWN}.
 */
public enum DossierStatus {
    DRAFT,
    SUBMITTED,
    UNDER_EVALUATION,
    OPINION_RECEIVED,
    VALIDATED,
    REJECTED,
    RETURNED_FOR_COMPLETION,
    WITHDRAWN
}
