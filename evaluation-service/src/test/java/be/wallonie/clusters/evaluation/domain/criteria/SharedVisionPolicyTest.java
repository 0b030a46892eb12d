package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.dossier;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SharedVisionPolicyTest {

    private final SharedVisionPolicy policy = new SharedVisionPolicy();

    private CriterionResult evaluate(DossierBuilder dossier) {
        return policy.evaluate(dossier.build(), CriteriaPolicy.defaults());
    }

    private static DossierBuilder coreOfThree() {
        return dossier("Noyau de trois").enterprises("c", 3, MemberRole.CORE_GROUP).enterprises("m", 5, MemberRole.MEMBER);
    }

    @Test
    void an_objective_endorsed_by_the_whole_core_group_is_a_shared_vision() {
        CriterionResult result = evaluate(Dossiers.healthyCluster());

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.value("objectives.sharedByCoreGroup")).isEqualByComparingTo("1");
        assertThat(result.indicator("governance.ambitionStatement")).hasValueSatisfying(i -> assertThat(i.isTrue()).isTrue());
        assertThat(result.explanation().fr()).contains("limités mais partagés", "vision plus ambitieuse");
    }

    @Test
    void limited_objectives_of_the_core_group_alone_suffice_even_without_ambition() {
        DossierBuilder dossier = coreOfThree().objective("Achats groupés", "c1", "c2", "c3").governance(true, true, null);

        CriterionResult result = evaluate(dossier);

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.indicator("governance.ambitionStatement")).hasValueSatisfying(i -> assertThat(i.isTrue()).isFalse());
        assertThat(result.explanation().fr()).contains("Aucune déclaration d'ambition");
    }

    @Test
    void objectives_endorsed_by_part_of_the_core_group_are_left_to_experts() {
        DossierBuilder dossier = coreOfThree().objective("Achats groupés", "c1", "c2", "m1");

        CriterionResult result = evaluate(dossier);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.value("coreGroup.endorsingShare")).isEqualByComparingTo("66.67");
    }

    @Test
    void a_lower_endorsement_threshold_accepts_partial_sharing() {
        CriteriaPolicy majority = CriteriaPolicy.defaults()
                .withSharedVision(new CriteriaPolicy.SharedVisionThresholds(BigDecimal.valueOf(60), 1));

        CriterionResult result = policy.evaluate(coreOfThree().objective("Achats groupés", "c1", "c2").build(), majority);

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.explanation().fr()).contains("au moins 60 % du noyau dur");
    }

    @Test
    void without_objectives_there_is_no_shared_vision() {
        CriterionResult result = evaluate(coreOfThree());

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(result.value("objectives.count")).isEqualByComparingTo("0");
    }

    @Test
    void objectives_endorsed_only_outside_the_core_group_are_not_enough() {
        assertThat(evaluate(coreOfThree().objective("Idée", "m1", "m2")).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    }

    @Test
    void repeated_and_non_member_endorsers_are_ignored() {
        DossierBuilder dossier = coreOfThree().objective("Achats groupés", "c1", "c1", "c2", "inconnu", "inconnu2");

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("coreGroup.endorsingShare")).isEqualByComparingTo("66.67");
        assertThat(result.value("members.endorsing")).isEqualByComparingTo("2");
        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
    }

    @Test
    void without_a_core_group_experts_judge_whether_a_subset_shares_the_objectives() {
        DossierBuilder dossier = dossier("Sans noyau").enterprises("m", 4, MemberRole.MEMBER).objective("Idée", "m1", "m2");

        assertThat(evaluate(dossier).outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(evaluate(dossier("Sans rien").enterprises("m", 4, MemberRole.MEMBER)).outcome())
                .isEqualTo(Outcome.NOT_SATISFIED);
    }

    @Test
    void the_second_objective_may_be_the_shared_one() {
        DossierBuilder dossier = coreOfThree().objective("Idée d'un seul", "c1").objective("Commune", "c3", "c2", "c1");

        CriterionResult result = evaluate(dossier);

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.value("objectives.sharedByCoreGroup")).isEqualByComparingTo("1");
    }
}
