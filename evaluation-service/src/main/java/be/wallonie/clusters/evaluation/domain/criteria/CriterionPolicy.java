package be.wallonie.clusters.evaluation.domain.criteria;

import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;

/**
 * One criterion's rule as a function (the "policy" shape of ddd-by-examples/library): it reads a
 * dossier and the policy thresholds and returns a result; it never throws for a weak dossier.
 */
public interface CriterionPolicy {

    /** The criterion this policy rules on. */
    Criterion criterion();

    /**
     * Evaluates on facts computed once per dossier; the engine calls this so that every policy
     * shares one linear pass over members and relations.
     */
    CriterionResult evaluate(DossierFacts facts, CriteriaPolicy policy);

    default CriterionResult evaluate(DossierSnapshot dossier, CriteriaPolicy policy) {
        return evaluate(DossierFacts.of(dossier), policy);
    }
}
