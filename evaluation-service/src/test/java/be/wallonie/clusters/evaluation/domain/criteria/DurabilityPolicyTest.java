package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.generic;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.targeted;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DurabilityPolicyTest {

    private final DurabilityPolicy policy = new DurabilityPolicy();

    private CriterionResult evaluate(DossierBuilder dossier) {
        return policy.evaluate(dossier.build(), CriteriaPolicy.defaults());
    }

    private static DossierBuilder planBetween(LocalDate start, LocalDate end) {
        return Dossiers.healthyCluster().clearActions()
                .action(targeted("Offre commune").between(start, end).recurring());
    }

    @Test
    void a_three_year_plan_with_recurring_actions_and_functioning_rules_is_durable() {
        CriterionResult result = evaluate(Dossiers.healthyCluster());

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.value("plan.horizonMonths")).isEqualByComparingTo("36");
        assertThat(result.value("actions.recurring")).isEqualByComparingTo("2");
        assertThat(result.indicator("governance.functioningRules")).hasValueSatisfying(i -> assertThat(i.isTrue()).isTrue());
        assertThat(result.indicator("animator.present")).hasValueSatisfying(i -> assertThat(i.isTrue()).isTrue());
    }

    @Test
    void a_consortium_formed_for_one_public_tender_is_a_one_off_project() {
        CriterionResult result = evaluate(Dossiers.publicTenderConsortium());

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(result.value("plan.horizonMonths")).isEqualByComparingTo("8");
        assertThat(result.value("actions.recurring")).isEqualByComparingTo("0");
        assertThat(result.explanation().fr()).contains("I.1.2 §5", "commande publique");
        assertThat(result.explanation().en()).contains("public tender");
    }

    @Test
    void exactly_thirty_six_months_end_day_included_is_enough() {
        CriterionResult result = evaluate(planBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2029, 3, 31)));

        assertThat(result.value("plan.horizonMonths")).isEqualByComparingTo("36");
        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void thirty_five_months_with_durable_mechanisms_is_left_to_experts() {
        CriterionResult result = evaluate(planBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 11, 30)));

        assertThat(result.value("plan.horizonMonths")).isEqualByComparingTo("35");
        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.explanation().fr()).contains("un horizon d'au moins 36 mois");
    }

    @Test
    void the_horizon_runs_from_the_earliest_start_to_the_latest_end() {
        DossierBuilder dossier = Dossiers.healthyCluster().clearActions()
                .action(targeted("Phase 1").between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
                .action(generic("Phase 2").between(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 6, 30)).recurring())
                .action(generic("Sans dates").undated());

        assertThat(evaluate(dossier).value("plan.horizonMonths")).isEqualByComparingTo("42");
    }

    @Test
    void an_undated_plan_has_no_horizon() {
        DossierBuilder dossier = Dossiers.healthyCluster().clearActions()
                .action(targeted("Sans dates").undated().recurring());

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("plan.horizonMonths")).isEqualByComparingTo("0");
        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
    }

    @Test
    void without_a_no_poaching_rule_the_functioning_rules_are_incomplete() {
        CriterionResult result = evaluate(Dossiers.healthyCluster().governance(true, false, null));

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.indicator("governance.admissionRules")).hasValueSatisfying(i -> assertThat(i.isTrue()).isTrue());
        assertThat(result.indicator("governance.noPoachingRule")).hasValueSatisfying(i -> assertThat(i.isTrue()).isFalse());
        assertThat(result.explanation().fr()).contains("non-débauchage");
    }

    @Test
    void without_recurring_actions_experts_judge() {
        DossierBuilder dossier = Dossiers.healthyCluster().clearActions().action(targeted("Offre commune"));

        assertThat(evaluate(dossier).outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
    }

    @Test
    void a_short_plan_with_an_animator_is_not_a_mere_one_off_project() {
        CriterionResult result = evaluate(Dossiers.publicTenderConsortium().animator());

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
    }

    @Test
    void the_horizon_threshold_comes_from_the_policy() {
        CriteriaPolicy fourYears = CriteriaPolicy.defaults()
                .withDurability(new CriteriaPolicy.DurabilityThresholds(48, 1));

        CriterionResult result = policy.evaluate(Dossiers.healthyCluster().build(), fourYears);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.threshold("plan.horizonMonths")).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualByComparingTo("48");
            assertThat(t.unit()).isEqualTo("months");
        });
    }
}
