package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.dossier;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.enterprise;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import be.wallonie.clusters.evaluation.domain.snapshot.OrganisationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import org.junit.jupiter.api.Test;

class InterrelationsPolicyTest {

    private final InterrelationsPolicy policy = new InterrelationsPolicy();

    private CriterionResult evaluate(DossierBuilder dossier) {
        return policy.evaluate(dossier.build(), CriteriaPolicy.defaults());
    }

    private static DossierBuilder fiveEnterprises() {
        return dossier("Cinq entreprises").enterprises("a", 5, MemberRole.CORE_GROUP);
    }

    @Test
    void a_value_chain_with_vertical_and_horizontal_ties_is_satisfied() {
        CriterionResult result = evaluate(Dossiers.healthyCluster());

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.value("enterprises.linkedShare")).isEqualByComparingTo("100");
        assertThat(result.indicator("relations.verticalPresent")).hasValueSatisfying(i -> assertThat(i.isTrue()).isTrue());
        assertThat(result.indicator("relations.horizontalPresent")).hasValueSatisfying(i -> assertThat(i.isTrue()).isTrue());
        assertThat(result.value("relations.kind.CUSTOMER_SUPPLIER")).isEqualByComparingTo("9");
        assertThat(result.value("relations.kind.JOINT_RESEARCH")).isEqualByComparingTo("2");
        assertThat(result.value("relations.market")).isEqualByComparingTo("9");
        assertThat(result.value("relations.nonMarket")).isEqualByComparingTo("3");
        assertThat(result.value("members.largestConnectedShare")).isEqualByComparingTo("100");
    }

    @Test
    void a_science_park_of_firms_without_exchanges_is_a_mere_juxtaposition() {
        CriterionResult result = evaluate(Dossiers.scienceParkWithoutExchanges());

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(result.value("relations.counted")).isEqualByComparingTo("0");
        assertThat(result.value("enterprises.linkedShare")).isEqualByComparingTo("0");
        assertThat(result.explanation().fr()).contains("juxtaposition", "parcs scientifiques");
    }

    @Test
    void ties_inside_one_corporate_group_do_not_count() {
        DossierBuilder dossier = fiveEnterprises()
                .members(enterprise("a1").core().group("Groupe"), enterprise("a2").core().group("Groupe"),
                        enterprise("a3").core().group("Groupe"))
                .relation("a1", "a2", RelationKind.CUSTOMER_SUPPLIER)
                .relation("a2", "a3", RelationKind.SUBCONTRACTING);

        CriterionResult result = evaluate(dossier);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(result.value("relations.declared")).isEqualByComparingTo("2");
        assertThat(result.value("relations.ignoredIntraGroup")).isEqualByComparingTo("2");
        assertThat(result.value("relations.counted")).isEqualByComparingTo("0");
        assertThat(result.explanation().fr()).contains("interne");
    }

    @Test
    void a_group_member_tied_to_an_independent_firm_is_linked() {
        DossierBuilder dossier = fiveEnterprises()
                .members(enterprise("a1").core().group("Groupe"), enterprise("a2").core().group("Groupe"))
                .relation("a1", "a2", RelationKind.CUSTOMER_SUPPLIER)
                .relation("a2", "a3", RelationKind.CUSTOMER_SUPPLIER)
                .relation("a4", "a5", RelationKind.CUSTOMER_SUPPLIER);

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("enterprises.linked")).isEqualByComparingTo("4");
        assertThat(result.value("enterprises.linkedShare")).isEqualByComparingTo("80");
        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void relations_with_non_members_and_with_oneself_are_ignored() {
        DossierBuilder dossier = fiveEnterprises()
                .relationWithOutsider("a1", RelationKind.CUSTOMER_SUPPLIER)
                .relationWithOutsider("a2", RelationKind.CUSTOMER_SUPPLIER)
                .relation("a3", "a3", RelationKind.OTHER);

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("relations.ignoredNonMember")).isEqualByComparingTo("2");
        assertThat(result.value("relations.ignoredIntraGroup")).isEqualByComparingTo("1");
        assertThat(result.value("enterprises.linked")).isEqualByComparingTo("0");
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(result.explanation().fr()).contains("avec un non-membre");
    }

    @Test
    void exactly_sixty_percent_of_enterprises_linked_is_enough() {
        DossierBuilder dossier = fiveEnterprises()
                .relation("a1", "a2", RelationKind.CUSTOMER_SUPPLIER)
                .relation("a2", "a3", RelationKind.CUSTOMER_SUPPLIER);

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("enterprises.linkedShare")).isEqualByComparingTo("60");
        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void below_sixty_percent_of_enterprises_linked_is_not_enough() {
        DossierBuilder dossier = fiveEnterprises().relation("a1", "a2", RelationKind.CUSTOMER_SUPPLIER);

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("enterprises.linkedShare")).isEqualByComparingTo("40");
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(result.explanation().fr()).contains("moins de 60 %");
    }

    @Test
    void fifty_nine_out_of_a_hundred_is_below_the_threshold() {
        DossierBuilder dossier = dossier("Cent").enterprises("e", 100, MemberRole.MEMBER);
        for (int i = 1; i < 59; i++) {
            dossier.relation("e" + i, "e" + (i + 1), RelationKind.CUSTOMER_SUPPLIER);
        }

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("enterprises.linkedShare")).isEqualByComparingTo("59");
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    }

    @Test
    void an_enterprise_tied_to_a_research_centre_is_linked_to_another_independent_member() {
        DossierBuilder dossier = dossier("Avec centre")
                .enterprises("a", 2, MemberRole.CORE_GROUP)
                .members(organisation("crl", OrganisationKind.RESEARCH_CENTRE))
                .relation("a1", "crl", RelationKind.JOINT_RESEARCH)
                .relation("a2", "crl", RelationKind.CUSTOMER_SUPPLIER);

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("enterprises.linkedShare")).isEqualByComparingTo("100");
        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void without_any_market_tie_experts_judge_because_market_relations_are_a_sine_qua_non() {
        DossierBuilder dossier = fiveEnterprises()
                .relation("a1", "a2", RelationKind.SHARED_TRAINING)
                .relation("a3", "a4", RelationKind.STRATEGIC_ALLIANCE)
                .relation("a4", "a5", RelationKind.JOINT_RESEARCH);

        CriterionResult result = evaluate(dossier);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.value("relations.market")).isEqualByComparingTo("0");
        assertThat(result.indicator("relations.verticalPresent")).hasValueSatisfying(i -> assertThat(i.isTrue()).isFalse());
        assertThat(result.explanation().fr()).contains("sine qua non");
    }

    @Test
    void the_largest_connected_component_is_measured_over_all_members() {
        DossierBuilder dossier = fiveEnterprises()
                .relation("a1", "a2", RelationKind.CUSTOMER_SUPPLIER)
                .relation("a3", "a2", RelationKind.CUSTOMER_SUPPLIER)
                .relation("a4", "a5", RelationKind.SUBCONTRACTING);

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("members.largestConnectedComponent")).isEqualByComparingTo("3");
        assertThat(result.value("members.largestConnectedShare")).isEqualByComparingTo("60");
    }

    @Test
    void the_direction_defaults_to_the_kind_of_relation() {
        DossierBuilder dossier = fiveEnterprises()
                .relation("a1", "a2", RelationKind.SUBCONTRACTING)
                .relation("a2", "a3", RelationKind.JOINT_COMMERCIAL_ACTION);

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("relations.vertical")).isEqualByComparingTo("1");
        assertThat(result.value("relations.horizontal")).isEqualByComparingTo("1");
    }

    @Test
    void a_dossier_without_enterprises_is_not_satisfied() {
        DossierBuilder dossier = dossier("Sans entreprises")
                .members(organisation("crl", OrganisationKind.RESEARCH_CENTRE),
                        organisation("ulg", OrganisationKind.UNIVERSITY))
                .relation("crl", "ulg", RelationKind.JOINT_RESEARCH);

        assertThat(evaluate(dossier).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    }
}
