package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts;
import java.util.Optional;
import java.util.UUID;

public interface LoadPolicyFactsPort {

    /** Every fact of the projection (a few thousand dossiers over the policy's life: read whole). */
    PolicyFacts loadPolicyFacts();

    /** The opinion issued on an evaluation case, if the Comité's OpinionIssued has arrived. */
    Optional<PolicyFacts.Opinion> loadOpinionOfCase(UUID caseId);
}
