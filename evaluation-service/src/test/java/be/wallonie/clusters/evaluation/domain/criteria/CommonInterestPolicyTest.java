package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.dossier;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.enterprise;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import be.wallonie.clusters.evaluation.domain.snapshot.OrganisationKind;
import org.junit.jupiter.api.Test;

class CommonInterestPolicyTest {

    private final CommonInterestPolicy policy = new CommonInterestPolicy();

    private CriterionResult evaluate(DossierBuilder dossier) {
        return policy.evaluate(dossier.build(), CriteriaPolicy.defaults());
    }

    /** Enterprises in the given NACE codes, all endorsing one objective. */
    private static DossierBuilder spanning(String... naceCodes) {
        DossierBuilder b = dossier("Secteurs").focus(FocusKind.MARKET, "santé");
        String[] aliases = new String[naceCodes.length];
        for (int i = 0; i < naceCodes.length; i++) {
            aliases[i] = "s" + i;
            b.members(enterprise(aliases[i]).core().nace(naceCodes[i]));
        }
        return b.objective("Servir le marché de la santé", aliases);
    }

    @Test
    void a_declared_market_endorsed_by_members_is_a_common_interest() {
        CriterionResult result = evaluate(Dossiers.healthyCluster());

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.indicator("focus.declared")).hasValueSatisfying(i -> assertThat(i.isTrue()).isTrue());
        assertThat(result.indicator("focus.market")).hasValueSatisfying(i -> assertThat(i.isTrue()).isTrue());
        assertThat(result.value("enterprises.naceSections")).isEqualByComparingTo("5");
        assertThat(result.value("members.endorsingShare")).isEqualByComparingTo("90.91");
    }

    @Test
    void a_purely_territorial_grouping_without_focus_is_not_satisfied() {
        CriterionResult result = evaluate(Dossiers.healthyCluster().noFocus());

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(result.explanation().fr()).contains("triangle XYZ");
    }

    @Test
    void a_focus_without_a_domain_is_not_declared() {
        assertThat(evaluate(Dossiers.healthyCluster().focus(FocusKind.MARKET, "  ")).outcome())
                .isEqualTo(Outcome.NOT_SATISFIED);
    }

    @Test
    void six_nace_sections_are_still_recognisable() {
        CriterionResult result = evaluate(spanning("01.11", "10.11", "46.11", "49.41", "72.19", "86.10"));

        assertThat(result.value("enterprises.naceSections")).isEqualByComparingTo("6");
        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void more_than_six_nace_sections_raise_the_macro_cluster_question() {
        CriterionResult result = evaluate(spanning("01.11", "10.11", "46.11", "49.41", "72.19", "86.10", "62.01"));

        assertThat(result.value("enterprises.naceSections")).isEqualByComparingTo("7");
        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.explanation().fr()).contains("macro-cluster", "A, C, G, H, J, M, Q");
    }

    @Test
    void support_organisations_activities_do_not_widen_the_breadth() {
        DossierBuilder dossier = spanning("01.11", "10.11", "46.11", "49.41", "72.19", "86.10")
                .members(organisation("fed", OrganisationKind.FEDERATION).nace("94.11"),
                        organisation("agence", OrganisationKind.PUBLIC_BODY).nace("84.13"));

        assertThat(evaluate(dossier).value("enterprises.naceSections")).isEqualByComparingTo("6");
    }

    @Test
    void exactly_half_of_members_endorsing_objectives_is_enough() {
        DossierBuilder dossier = dossier("Moitié")
                .members(enterprise("a").core(), enterprise("b").core(), enterprise("c"), enterprise("d"))
                .objective("Objectif", "a", "b");

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("members.endorsingShare")).isEqualByComparingTo("50");
        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void few_members_endorsing_objectives_needs_expert_judgement() {
        DossierBuilder dossier = dossier("Peu de soutien")
                .members(enterprise("a").core(), enterprise("b"), enterprise("c"), enterprise("d"))
                .objective("Objectif", "a");

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("members.endorsingShare")).isEqualByComparingTo("25");
        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
    }

    @Test
    void a_technology_focus_is_a_common_interest_too() {
        CriterionResult result = evaluate(Dossiers.researchGrouping());

        assertThat(result.indicator("focus.technology")).hasValueSatisfying(i -> assertThat(i.isTrue()).isTrue());
        assertThat(result.explanation().fr()).contains("la technologie « photonique »");
    }
}
