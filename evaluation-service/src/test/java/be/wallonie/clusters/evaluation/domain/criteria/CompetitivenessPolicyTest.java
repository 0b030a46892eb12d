package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.generic;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.targeted;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompetitivenessPolicyTest {

    private final CompetitivenessPolicy policy = new CompetitivenessPolicy();

    private CriterionResult evaluate(DossierBuilder dossier) {
        return policy.evaluate(dossier.build(), CriteriaPolicy.defaults());
    }

    @Test
    void targeted_actions_with_market_outcomes_and_quantified_gains_are_satisfied() {
        CriterionResult result = evaluate(Dossiers.healthyCluster());

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.value("actions.targetedWithMarketOutcome")).isEqualByComparingTo("1");
        assertThat(result.value("gains.quantified")).isEqualByComparingTo("1");
        assertThat(result.explanation().fr()).contains("I.1.2 §4", "parts de marché");
    }

    @Test
    void a_lobbying_association_is_not_a_cluster() {
        CriterionResult result = evaluate(Dossiers.lobbyingAssociation());

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(result.value("actions.targeted")).isEqualByComparingTo("0");
        assertThat(result.value("actions.generic")).isEqualByComparingTo("2");
        assertThat(result.value("gains.declared")).isEqualByComparingTo("1");
        assertThat(result.value("gains.quantified")).isEqualByComparingTo("0");
        assertThat(result.explanation().fr()).contains("lobbying politique");
        assertThat(result.explanation().en()).contains("lobbying");
    }

    @Test
    void generic_actions_only_with_quantified_gains_is_a_banal_cluster_left_to_experts() {
        DossierBuilder dossier = Dossiers.healthyCluster().clearActions()
                .action(generic("Site internet commun").recurring())
                .action(generic("Formation continue").recurring());

        CriterionResult result = evaluate(dossier);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.explanation().fr()).contains("banal");
    }

    @Test
    void targeted_actions_without_quantified_gains_are_left_to_experts() {
        DossierBuilder dossier = Dossiers.healthyCluster().clearGains().unquantifiedGain("Plus de visibilité");

        CriterionResult result = evaluate(dossier);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.explanation().fr()).contains("aucun gain attendu n'est chiffré");
    }

    @Test
    void a_targeted_action_without_market_outcome_is_no_evidence() {
        DossierBuilder dossier = Dossiers.healthyCluster().clearActions().clearGains()
                .action(targeted("Réunion d'échange").noMarketOutcome());

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("actions.targeted")).isEqualByComparingTo("1");
        assertThat(result.value("actions.targetedWithMarketOutcome")).isEqualByComparingTo("0");
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    }

    @Test
    void no_action_plan_at_all_is_not_satisfied() {
        assertThat(evaluate(Dossiers.healthyCluster().clearActions().clearGains()).outcome())
                .isEqualTo(Outcome.NOT_SATISFIED);
    }

    @Test
    void thresholds_come_from_the_policy() {
        CriteriaPolicy demanding = CriteriaPolicy.defaults()
                .withCompetitiveness(new CriteriaPolicy.CompetitivenessThresholds(2, 1));

        CriterionResult result = policy.evaluate(Dossiers.healthyCluster().build(), demanding);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.threshold("actions.targetedWithMarketOutcome"))
                .hasValueSatisfying(t -> assertThat(t.value()).isEqualByComparingTo("2"));
    }
}
