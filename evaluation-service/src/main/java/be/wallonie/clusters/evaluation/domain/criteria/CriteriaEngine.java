package be.wallonie.clusters.evaluation.domain.criteria;

import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Runs every criterion policy on a dossier and gathers the results, the technology routing and the
 * risk warnings. Facts are computed once per dossier (linear in members + relations + objectives +
 * actions), then each policy reads them; the engine holds no mutable state and is safe to share.
 * Same dossier and policy, equal assessment.
 */
public final class CriteriaEngine {

    private final List<CriterionPolicy> policies;
    private final TechnologyRouting routing;
    private final RiskWarnings riskWarnings;

    /** An engine with the given policies, exactly one per {@link Criterion}, and the standard routing and warnings. */
    public CriteriaEngine(List<CriterionPolicy> policies) {
        this(policies, new TechnologyRouting(), new RiskWarnings());
    }

    public CriteriaEngine(List<CriterionPolicy> policies, TechnologyRouting routing, RiskWarnings riskWarnings) {
        Objects.requireNonNull(policies, "policies");
        this.routing = Objects.requireNonNull(routing, "routing");
        this.riskWarnings = Objects.requireNonNull(riskWarnings, "riskWarnings");
        Set<Criterion> covered = EnumSet.noneOf(Criterion.class);
        for (CriterionPolicy p : policies) {
            if (!covered.add(Objects.requireNonNull(p, "policy").criterion())) {
                throw new IllegalArgumentException("two policies for " + p.criterion());
            }
        }
        Set<Criterion> missing = EnumSet.allOf(Criterion.class);
        missing.removeAll(covered);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no policy for " + missing);
        }
        List<CriterionPolicy> sorted = new ArrayList<>(policies);
        sorted.sort(Comparator.comparing(CriterionPolicy::criterion));
        this.policies = List.copyOf(sorted);
    }

    /** The eight policies of domain.md §2. */
    public static CriteriaEngine standard() {
        return new CriteriaEngine(List.of(
                new BusinessInitiativePolicy(),
                new CriticalMassPolicy(),
                new InterrelationsPolicy(),
                new CommonInterestPolicy(),
                new CompetitivenessPolicy(),
                new DurabilityPolicy(),
                new RegionalValueAddedPolicy(),
                new SharedVisionPolicy()));
    }

    /** The policies, in {@link Criterion} order. */
    public List<CriterionPolicy> policies() {
        return policies;
    }

    public Assessment assess(DossierSnapshot dossier, CriteriaPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        DossierFacts facts = DossierFacts.of(dossier);
        List<CriterionResult> results = new ArrayList<>(policies.size());
        for (CriterionPolicy p : policies) {
            CriterionResult result = p.evaluate(facts, policy);
            if (result.criterion() != p.criterion()) {
                throw new IllegalStateException(p.getClass().getSimpleName() + " answered for " + result.criterion());
            }
            results.add(result);
        }
        List<RiskWarning> warnings = riskWarnings.detect(facts, policy);
        return new Assessment(policy.version(), results, routing.route(facts, policy), warnings,
                AssessmentSummary.of(results, warnings.size()));
    }
}
