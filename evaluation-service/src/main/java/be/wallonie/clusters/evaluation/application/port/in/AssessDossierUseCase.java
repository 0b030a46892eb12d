package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.criteria.Assessment;

/**
 * The automatic assessment of a dossier against the Walloon cluster criteria with the policy in
 * force. Stateless: it stores nothing, so applicants and the Cellule may try a draft.
 */
public interface AssessDossierUseCase {

    /** Same snapshot and policy, equal assessment. */
    Assessment assess(AssessDossierCommand command);
}
