package be.wallonie.clusters.evaluation.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsensusAndOutcomeTest {

    static final UUID CASE = UUID.randomUUID();

    /** A submitted sheet scoring every criterion {@code score}, CRITICAL_MASS {@code criticalMass}. */
    static ScoreSheet sheet(int score, int criticalMass, String reason) {
        List<CriterionScore> scores = Arrays.stream(Criterion.values())
                .map(c -> new CriterionScore(c, c == Criterion.CRITICAL_MASS ? criticalMass : score, reason + " " + c.name())).toList();
        return new ScoreSheet(UUID.randomUUID(), CASE, UUID.randomUUID(), scores, Instant.EPOCH, Instant.EPOCH, null, null, 0);
    }

    static Finding of(List<Finding> findings, Criterion c) {
        return findings.stream().filter(f -> f.criterion() == c).findFirst().orElseThrow();
    }

    @Test
    void the_median_sets_each_criterion_with_the_majority_and_the_minority_view() {
        List<Finding> f = ConsensusPolicy.defaults().findings(List.of(sheet(4, 2, "a"), sheet(4, 2, "b"), sheet(3, 5, "c")));
        assertThat(f).hasSize(8);
        Finding mass = of(f, Criterion.CRITICAL_MASS);
        assertThat(mass.consensusScore()).isEqualByComparingTo("2");
        assertThat(mass.met()).isFalse();
        assertThat(mass.majorityView()).contains("a CRITICAL_MASS", "b CRITICAL_MASS").doesNotContain("c CRITICAL_MASS");
        assertThat(mass.minorityView()).isEqualTo("c CRITICAL_MASS");
        Finding vision = of(f, Criterion.SHARED_VISION);
        assertThat(vision.consensusScore()).isEqualByComparingTo("4");
        assertThat(vision.met()).isTrue();
        assertThat(vision.minorityView()).isNull();
    }

    @Test
    void an_even_count_takes_the_mean_of_the_two_middle_scores_and_met_means_at_least_three() {
        List<Finding> f = ConsensusPolicy.defaults().findings(List.of(sheet(2, 2, "a"), sheet(4, 4, "b")));
        assertThat(of(f, Criterion.DURABILITY).consensusScore()).isEqualByComparingTo("3.00");
        assertThat(of(f, Criterion.DURABILITY).met()).isTrue();
    }

    @Test
    void the_method_and_the_threshold_are_configuration() {
        List<ScoreSheet> sheets = List.of(sheet(5, 5, "a"), sheet(5, 5, "b"), sheet(0, 0, "c"));
        assertThat(of(new ConsensusPolicy(ConsensusPolicy.Method.MEAN, BigDecimal.valueOf(4)).findings(sheets), Criterion.DURABILITY))
                .satisfies(x -> {
                    assertThat(x.consensusScore()).isEqualByComparingTo("3.33");
                    assertThat(x.met()).isFalse();
                });
    }

    @Test
    void voided_and_draft_sheets_do_not_count() {
        ScoreSheet voided = sheet(0, 0, "v").voidFor("CONFLICT_OF_INTEREST", Instant.EPOCH);
        ScoreSheet draft = new ScoreSheet(UUID.randomUUID(), CASE, UUID.randomUUID(), sheet(0, 0, "d").scores(), Instant.EPOCH, null,
                null, null, 0);
        List<Finding> f = ConsensusPolicy.defaults().findings(List.of(sheet(4, 4, "a"), voided, draft));
        assertThat(of(f, Criterion.DURABILITY).consensusScore()).isEqualByComparingTo("4");
        assertThatThrownBy(() -> ConsensusPolicy.defaults().findings(List.of(voided))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_sheet_must_score_every_criterion_once() {
        List<CriterionScore> seven = sheet(3, 3, "x").scores().subList(1, 8);
        assertThat(ScoreSheet.incompleteness(seven)).containsExactly("BUSINESS_INITIATIVE not scored");
        List<CriterionScore> twice = new java.util.ArrayList<>(sheet(3, 3, "x").scores());
        twice.add(new CriterionScore(Criterion.DURABILITY, 1, "encore"));
        assertThat(ScoreSheet.incompleteness(twice)).containsExactly("DURABILITY scored more than once");
        assertThatThrownBy(() -> new CriterionScore(Criterion.DURABILITY, 6, "r")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriterionScore(Criterion.DURABILITY, 3, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_criterion_met_is_favourable() {
        List<Finding> f = ConsensusPolicy.defaults().findings(List.of(sheet(4, 4, "a"), sheet(3, 3, "b"), sheet(5, 5, "c")));
        OpinionOutcomePolicy.Decision d = new OpinionOutcomePolicy().decide(f, List.of());
        assertThat(d.outcome()).isEqualTo(OpinionOutcome.FAVOURABLE);
        assertThat(d.unmet()).isEmpty();
    }

    @Test
    void an_unmet_criterion_turned_into_a_condition_is_favourable_with_conditions() {
        List<Finding> f = ConsensusPolicy.defaults().findings(List.of(sheet(4, 1, "a"), sheet(4, 2, "b"), sheet(4, 2, "c")));
        Condition grow = new Condition(Criterion.CRITICAL_MASS, "Atteindre huit entreprises indépendantes");
        OpinionOutcomePolicy.Decision d = new OpinionOutcomePolicy().decide(f, List.of(grow));
        assertThat(d.outcome()).isEqualTo(OpinionOutcome.FAVOURABLE_WITH_CONDITIONS);
        assertThat(d.conditions()).containsExactly(grow);
        assertThat(grow.asText()).isEqualTo("CRITICAL_MASS: Atteindre huit entreprises indépendantes");
    }

    @Test
    void an_unmet_criterion_without_condition_is_unfavourable_with_the_reasons_per_criterion() {
        List<Finding> f = ConsensusPolicy.defaults().findings(List.of(sheet(4, 1, "a"), sheet(4, 2, "b"), sheet(4, 2, "c")));
        OpinionOutcomePolicy.Decision d = new OpinionOutcomePolicy().decide(f,
                List.of(new Condition(Criterion.DURABILITY, "Un plan sur 36 mois")));
        assertThat(d.outcome()).isEqualTo(OpinionOutcome.UNFAVOURABLE);
        assertThat(d.unmet()).singleElement().satisfies(x -> {
            assertThat(x.criterion()).isEqualTo(Criterion.CRITICAL_MASS);
            assertThat(x.majorityView()).contains("a CRITICAL_MASS");
        });
        assertThat(d.conditions()).isEmpty();
    }

    @Test
    void conditions_on_a_fully_met_dossier_make_it_favourable_with_conditions() {
        List<Finding> f = ConsensusPolicy.defaults().findings(List.of(sheet(4, 4, "a")));
        assertThat(new OpinionOutcomePolicy().decide(f, List.of(new Condition(null, "Rapport annuel"))).outcome())
                .isEqualTo(OpinionOutcome.FAVOURABLE_WITH_CONDITIONS);
    }

    @Test
    void conditions_cannot_turn_a_failed_consensus_below_the_floor_into_a_favourable_opinion() {
        List<Finding> zero = ConsensusPolicy.defaults().findings(List.of(sheet(0, 0, "a"), sheet(0, 0, "b"), sheet(0, 0, "c")));
        List<Condition> everywhere = Arrays.stream(Criterion.values()).map(c -> new Condition(c, "Faire mieux")).toList();
        OpinionOutcomePolicy.Decision d = new OpinionOutcomePolicy().decide(zero, everywhere);
        assertThat(d.outcome()).isEqualTo(OpinionOutcome.UNFAVOURABLE);
        assertThat(d.conditions()).isEmpty();
        assertThat(d.unmet()).hasSize(8);
    }

    @Test
    void the_floor_is_configuration_and_an_unmet_criterion_just_at_it_may_carry_a_condition() {
        List<Finding> f = ConsensusPolicy.defaults().findings(List.of(sheet(4, 2, "a"), sheet(4, 2, "b"), sheet(4, 1, "c")));
        List<Condition> grow = List.of(new Condition(Criterion.CRITICAL_MASS, "Atteindre huit entreprises"));
        assertThat(new OpinionOutcomePolicy(BigDecimal.valueOf(2)).decide(f, grow).outcome()).isEqualTo(OpinionOutcome.FAVOURABLE_WITH_CONDITIONS);
        assertThat(new OpinionOutcomePolicy(new BigDecimal("2.5")).decide(f, grow).outcome()).isEqualTo(OpinionOutcome.UNFAVOURABLE);
        assertThatThrownBy(() -> new OpinionOutcomePolicy(BigDecimal.valueOf(6))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_condition_on_a_met_criterion_is_pointed_out_by_its_position() {
        List<Finding> f = ConsensusPolicy.defaults().findings(List.of(sheet(4, 2, "a"), sheet(4, 2, "b"), sheet(4, 2, "c")));
        List<Condition> conditions = List.of(new Condition(Criterion.CRITICAL_MASS, "Grandir"), new Condition(null, "Rapport annuel"),
                new Condition(Criterion.DURABILITY, "Un plan sur 36 mois"));
        assertThat(new OpinionOutcomePolicy().conditionsOnMetCriteria(f, conditions)).containsExactly(2);
    }
}
