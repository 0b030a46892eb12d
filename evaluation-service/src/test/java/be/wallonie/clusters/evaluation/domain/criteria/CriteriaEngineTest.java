package be.wallonie.clusters.evaluation.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.evaluation.domain.snapshot.Action;
import be.wallonie.clusters.evaluation.domain.snapshot.ActionType;
import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import be.wallonie.clusters.evaluation.domain.snapshot.EntryVolet;
import be.wallonie.clusters.evaluation.domain.snapshot.ExpectedGain;
import be.wallonie.clusters.evaluation.domain.snapshot.Focus;
import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Governance;
import be.wallonie.clusters.evaluation.domain.snapshot.Member;
import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import be.wallonie.clusters.evaluation.domain.snapshot.Objective;
import be.wallonie.clusters.evaluation.domain.snapshot.OrganisationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Region;
import be.wallonie.clusters.evaluation.domain.snapshot.Relation;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import be.wallonie.clusters.evaluation.domain.snapshot.SizeClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CriteriaEngineTest {

    private final CriteriaEngine engine = CriteriaEngine.standard();

    private Assessment assess(DossierBuilder dossier) {
        return engine.assess(dossier.build(), CriteriaPolicy.defaults());
    }

    @Test
    void a_healthy_cluster_meets_every_criterion_in_criterion_order() {
        Assessment assessment = assess(Dossiers.healthyCluster());

        assertThat(assessment.results()).extracting(CriterionResult::criterion).containsExactly(Criterion.values());
        assertThat(assessment.results()).extracting(CriterionResult::outcome).containsOnly(Outcome.SATISFIED);
        assertThat(assessment.summary()).isEqualTo(new AssessmentSummary(8, 0, 0, true, 0));
        assertThat(assessment.summary().countByOutcome())
                .containsEntry(Outcome.SATISFIED, 8).containsEntry(Outcome.NOT_SATISFIED, 0);
        assertThat(assessment.routing().route()).isEqualTo(Scheme.ECONOMIC_CLUSTER);
        assertThat(assessment.warnings()).isEmpty();
    }

    static Stream<Arguments> seedExamples() {
        return Stream.of(
                Arguments.of("Golden Green Valley", Dossiers.goldenGreenValley(), Criterion.BUSINESS_INITIATIVE, Outcome.SATISFIED),
                Arguments.of("Agro-Food Valley", Dossiers.agroFoodValley(), Criterion.BUSINESS_INITIATIVE, Outcome.NOT_SATISFIED),
                Arguments.of("consortium for one tender", Dossiers.publicTenderConsortium(), Criterion.DURABILITY, Outcome.NOT_SATISFIED),
                Arguments.of("science park", Dossiers.scienceParkWithoutExchanges(), Criterion.INTERRELATIONS, Outcome.NOT_SATISFIED),
                Arguments.of("lobbying association", Dossiers.lobbyingAssociation(), Criterion.COMPETITIVENESS, Outcome.NOT_SATISFIED),
                Arguments.of("transnational partnership", Dossiers.transnationalPartnership(), Criterion.REGIONAL_VALUE_ADDED, Outcome.NOT_SATISFIED),
                Arguments.of("territorial grouping", Dossiers.healthyCluster().noFocus(), Criterion.COMMON_INTEREST, Outcome.NOT_SATISFIED));
    }

    @ParameterizedTest(name = "{0}: {2} is {3}")
    @MethodSource("seedExamples")
    void the_seeds_examples_are_ruled_as_the_report_says(String name, DossierBuilder dossier, Criterion criterion,
                                                          Outcome expected) {
        Assessment assessment = assess(dossier);

        assertThat(assessment.outcome(criterion)).isEqualTo(expected);
        if (expected != Outcome.SATISFIED) {
            assertThat(assessment.summary().allNecessarySatisfied()).isFalse();
            assertThat(assessment.summary().anyNotSatisfied()).isTrue();
        }
    }

    @Test
    void an_r_and_d_grouping_is_routed_to_the_technology_grapes() {
        Assessment assessment = assess(Dossiers.researchGrouping());

        assertThat(assessment.routing().route()).isEqualTo(Scheme.TECHNOLOGY_GRAPE);
    }

    @Test
    void the_agro_food_valley_summary_counts_every_outcome() {
        Assessment assessment = assess(Dossiers.agroFoodValley());
        AssessmentSummary summary = assessment.summary();

        assertThat(summary.satisfied() + summary.notSatisfied() + summary.needsExpertJudgement()).isEqualTo(8);
        assertThat(summary.notSatisfied()).isEqualTo(
                (int) assessment.results().stream().filter(r -> r.outcome() == Outcome.NOT_SATISFIED).count());
        assertThat(summary.warnings()).isEqualTo(assessment.warnings().size());
        assertThat(assessment.hasWarning(RiskWarningCode.ANECDOTAL_ACTIONS)).isTrue();
    }

    @Test
    void the_policy_version_is_recorded() {
        Assessment assessment = engine.assess(Dossiers.healthyCluster().build(),
                CriteriaPolicy.defaults().withVersion("2027.2-essai"));

        assertThat(assessment.policyVersion()).isEqualTo("2027.2-essai");
        assertThat(assess(Dossiers.healthyCluster()).policyVersion()).isEqualTo(CriteriaPolicy.DEFAULT_VERSION);
    }

    @Test
    void the_same_dossier_gives_an_equal_assessment() {
        DossierSnapshot dossier = Dossiers.lobbyingAssociation()
                .members(DossierBuilder.enterprise("z").large().decisionCentreAbroad(),
                        DossierBuilder.enterprise("a").large().decisionCentreAbroad())
                .build();

        Assessment first = engine.assess(dossier, CriteriaPolicy.defaults());
        Assessment second = CriteriaEngine.standard().assess(Dossiers.lobbyingAssociation()
                .members(DossierBuilder.enterprise("z").large().decisionCentreAbroad(),
                        DossierBuilder.enterprise("a").large().decisionCentreAbroad())
                .build(), CriteriaPolicy.defaults());

        assertThat(second).isEqualTo(first);
        assertThat(engine.assess(dossier, CriteriaPolicy.defaults())).isEqualTo(first);
    }

    static Stream<DossierBuilder> allExamples() {
        return Stream.of(Dossiers.healthyCluster(), Dossiers.goldenGreenValley(), Dossiers.agroFoodValley(),
                Dossiers.publicTenderConsortium(), Dossiers.scienceParkWithoutExchanges(),
                Dossiers.lobbyingAssociation(), Dossiers.transnationalPartnership(), Dossiers.researchGrouping(),
                Dossiers.healthyCluster().noFocus().noGovernance().clearObjectives(),
                DossierBuilder.dossier("Vide"));
    }

    @ParameterizedTest
    @MethodSource("allExamples")
    void every_result_explains_itself_in_french_and_english_citing_the_seed(DossierBuilder dossier) {
        Assessment assessment = assess(dossier);

        for (CriterionResult result : assessment.results()) {
            assertThat(result.explanation().fr()).as(result.criterion() + " fr")
                    .isNotBlank().contains("«").contains(result.criterion().seedReference().substring(0, 3));
            assertThat(result.explanation().en()).as(result.criterion() + " en")
                    .isNotBlank().isNotEqualTo(result.explanation().fr()).doesNotContain("«");
            assertThat(result.indicators()).as(result.criterion() + " indicators").isNotEmpty();
            assertThat(result.thresholds()).as(result.criterion() + " thresholds").isNotEmpty();
        }
        assertThat(assessment.routing().explanation().fr()).contains("Dimension technologique");
        for (RiskWarning warning : assessment.warnings()) {
            assertThat(warning.message().fr()).startsWith("II.2");
            assertThat(warning.message().en()).startsWith("II.2");
        }
    }

    @Test
    void french_explanations_use_french_typography() {
        Assessment assessment = assess(Dossiers.agroFoodValley());

        assertThat(assessment.result(Criterion.BUSINESS_INITIATIVE).explanation().fr())
                .contains("0 %", "n'est pas « majoritairement d'entreprises »", "décision des pouvoirs publics");
        assertThat(assessment.result(Criterion.REGIONAL_VALUE_ADDED).explanation().fr()).contains("établissement");
        assertThat(assess(Dossiers.goldenGreenValley()).result(Criterion.BUSINESS_INITIATIVE).explanation().fr())
                .contains("85,71 %");
    }

    @Test
    void policies_may_be_given_in_any_order() {
        List<CriterionPolicy> reversed = new ArrayList<>(engine.policies());
        java.util.Collections.reverse(reversed);

        CriteriaEngine engine2 = new CriteriaEngine(reversed);

        assertThat(engine2.policies()).extracting(CriterionPolicy::criterion).containsExactly(Criterion.values());
        assertThat(engine2.assess(Dossiers.healthyCluster().build(), CriteriaPolicy.defaults()))
                .isEqualTo(assess(Dossiers.healthyCluster()));
    }

    @Test
    void the_engine_needs_exactly_one_policy_per_criterion() {
        List<CriterionPolicy> seven = engine.policies().subList(0, 7);
        List<CriterionPolicy> nine = new ArrayList<>(engine.policies());
        nine.add(new DurabilityPolicy());

        assertThatThrownBy(() -> new CriteriaEngine(seven))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHARED_VISION");
        assertThatThrownBy(() -> new CriteriaEngine(nine))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DURABILITY");
        assertThatThrownBy(() -> new CriteriaEngine(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_policy_answering_for_another_criterion_is_a_bug() {
        List<CriterionPolicy> policies = new ArrayList<>(engine.policies());
        policies.set(7, new CriterionPolicy() {
            @Override
            public Criterion criterion() {
                return Criterion.SHARED_VISION;
            }

            @Override
            public CriterionResult evaluate(DossierFacts facts, CriteriaPolicy policy) {
                return new DurabilityPolicy().evaluate(facts, policy);
            }
        });

        assertThatThrownBy(() -> new CriteriaEngine(policies).assess(Dossiers.healthyCluster().build(), CriteriaPolicy.defaults()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_policy_gives_the_same_result_alone_and_in_the_engine() {
        DossierSnapshot dossier = Dossiers.transnationalPartnership().build();
        Assessment assessment = engine.assess(dossier, CriteriaPolicy.defaults());

        for (CriterionPolicy policy : engine.policies()) {
            assertThat(policy.evaluate(dossier, CriteriaPolicy.defaults())).isEqualTo(assessment.result(policy.criterion()));
        }
        assertThat(new TechnologyRouting().route(dossier, CriteriaPolicy.defaults())).isEqualTo(assessment.routing());
        assertThat(new RiskWarnings().detect(dossier, CriteriaPolicy.defaults())).isEqualTo(assessment.warnings());
    }

    /** No timing assertion: the benchmark belongs elsewhere; this proves a dossier of the target size goes through. */
    @Test
    void a_dossier_of_two_thousand_members_and_twenty_thousand_relations_is_assessed() {
        DossierSnapshot large = largeDossier(2_000, 20_000, 42L);

        Assessment assessment = engine.assess(large, CriteriaPolicy.defaults());

        assertThat(assessment.results()).hasSize(8);
        CriterionResult interrelations = assessment.result(Criterion.INTERRELATIONS);
        assertThat(interrelations.value("relations.declared")).isEqualByComparingTo("20000");
        assertThat(interrelations.value("relations.counted").add(interrelations.value("relations.ignoredIntraGroup"))
                .add(interrelations.value("relations.ignoredNonMember"))).isEqualByComparingTo("20000");
        assertThat(interrelations.value("relations.ignoredNonMember")).isPositive();
        assertThat(interrelations.value("members.largestConnectedComponent")).isLessThanOrEqualTo(BigDecimal.valueOf(2_000));
        assertThat(assessment.result(Criterion.CRITICAL_MASS).value("enterprises.independent"))
                .isLessThan(assessment.result(Criterion.CRITICAL_MASS).value("enterprises.count"));
        assertThat(engine.assess(largeDossier(2_000, 20_000, 42L), CriteriaPolicy.defaults())).isEqualTo(assessment);
    }

    /** A pseudo-random but reproducible dossier: groups of 5, 10 % support bodies, 2 % ties to outsiders. */
    static DossierSnapshot largeDossier(int memberCount, int relationCount, long seed) {
        Random random = new Random(seed);
        String[] nace = {"20.14", "22.21", "25.11", "28.29", "29.32", "46.75", "49.41", "62.01", "71.12", "72.19"};
        List<Member> members = new ArrayList<>(memberCount);
        UUID[] ids = new UUID[memberCount];
        for (int i = 0; i < memberCount; i++) {
            ids[i] = new UUID(seed, i);
            boolean enterprise = i % 10 != 9;
            boolean abroad = i % 17 == 0;
            members.add(new Member(ids[i], null, "org" + i,
                    enterprise ? OrganisationKind.ENTERPRISE : OrganisationKind.RESEARCH_CENTRE,
                    enterprise ? SizeClass.values()[i % 4] : null,
                    i < 40 ? MemberRole.CORE_GROUP : MemberRole.MEMBER,
                    abroad ? Region.ABROAD : Region.WALLONIA, abroad ? "FR" : "BE", !abroad,
                    i % 25 == 0 ? null : (i % 7 == 0 ? "groupe" + (i / 50) : null),
                    List.of(nace[i % nace.length]), 10 + i % 200, i % 13 == 0, null));
        }
        RelationKind[] kinds = RelationKind.values();
        List<Relation> relations = new ArrayList<>(relationCount);
        for (int r = 0; r < relationCount; r++) {
            UUID from = ids[random.nextInt(memberCount)];
            UUID to = random.nextInt(50) == 0 ? UUID.randomUUID() : ids[random.nextInt(memberCount)];
            relations.add(new Relation(from, to, kinds[random.nextInt(kinds.length)], null, random.nextBoolean()));
        }
        List<UUID> core = Arrays.asList(ids).subList(0, 40);
        List<Action> actions = new ArrayList<>();
        for (int a = 0; a < 200; a++) {
            List<UUID> participants = new ArrayList<>();
            for (int p = 0; p < 10; p++) {
                participants.add(ids[random.nextInt(memberCount)]);
            }
            actions.add(new Action("Action " + a, a % 3 == 0 ? ActionType.TARGETED : ActionType.GENERIC,
                    a % 4 == 0 ? "TECHNOLOGY_PRODUCTION" : "COMMERCIAL", null, null,
                    LocalDate.of(2026, 1 + a % 12, 1), LocalDate.of(2028, 1 + a % 12, 28), a % 2 == 0,
                    participants, BigDecimal.valueOf(1_000L * a), a % 3 == 0 ? "Export" : null));
        }
        return new DossierSnapshot("Grand cluster", "GC", Scheme.ECONOMIC_CLUSTER, EntryVolet.VALIDATION,
                new Focus(FocusKind.MARKET, "logistique", null), members, relations,
                List.of(new Objective("Objectif commun", core), new Objective("Objectif large", Arrays.asList(ids))),
                List.of(new ExpectedGain("Emplois", "jobs", BigDecimal.valueOf(500), "count")), actions,
                new Governance(true, true, "Majorité", "Ambition"), null, BigDecimal.valueOf(100_000));
    }
}
