package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.dossier;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.enterprise;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import be.wallonie.clusters.evaluation.domain.snapshot.OrganisationKind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BusinessInitiativePolicyTest {

    private final BusinessInitiativePolicy policy = new BusinessInitiativePolicy();

    private CriterionResult evaluate(DossierBuilder dossier) {
        return policy.evaluate(dossier.build(), CriteriaPolicy.defaults());
    }

    @Test
    void golden_green_valley_a_leading_firm_followed_by_five_others_is_business_led() {
        CriterionResult result = evaluate(Dossiers.goldenGreenValley());

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.value("coreGroup.enterpriseShare")).isEqualByComparingTo("100");
        assertThat(result.value("members.enterpriseShare")).isEqualByComparingTo("85.71");
        assertThat(result.indicator("promoter.enterpriseLed")).hasValueSatisfying(i -> assertThat(i.isTrue()).isTrue());
        assertThat(result.value("privateContributionsPerYear")).isEqualByComparingTo("250000");
        assertThat(result.explanation().fr()).contains("I.2 « L'origine »", "majoritairement d'entreprises");
    }

    @Test
    void agro_food_valley_driven_by_a_research_centre_and_an_intercommunale_is_not_business_led() {
        CriterionResult result = evaluate(Dossiers.agroFoodValley());

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(result.value("coreGroup.enterpriseShare")).isEqualByComparingTo("0");
        assertThat(result.indicator("promoter.enterpriseLed")).hasValueSatisfying(i -> assertThat(i.isTrue()).isFalse());
        assertThat(result.value("privateContributionsPerYear")).isEqualByComparingTo("0");
        assertThat(result.explanation().fr()).contains("non en initiateurs", "Agro-Food Valley");
        assertThat(result.explanation().en()).contains("Agro-Food Valley");
    }

    @Test
    void a_core_group_of_exactly_half_enterprises_is_not_a_majority() {
        DossierBuilder dossier = dossier("Moitié")
                .members(enterprise("a").core(), enterprise("b").core(),
                        organisation("cci", OrganisationKind.CHAMBER_OF_COMMERCE).core(),
                        organisation("agence", OrganisationKind.PUBLIC_BODY).core())
                .enterprises("m", 6, MemberRole.MEMBER);

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("coreGroup.enterpriseShare")).isEqualByComparingTo("50");
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    }

    @Test
    void a_core_group_of_three_enterprises_out_of_five_is_a_majority() {
        DossierBuilder dossier = dossier("Trois sur cinq")
                .enterprises("c", 3, MemberRole.CORE_GROUP)
                .members(organisation("crl", OrganisationKind.RESEARCH_CENTRE).core(),
                        organisation("fed", OrganisationKind.FEDERATION).core())
                .enterprises("m", 5, MemberRole.MEMBER);

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("coreGroup.enterpriseShare")).isEqualByComparingTo("60");
        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void an_enterprise_core_group_among_mostly_support_structures_needs_expert_judgement() {
        DossierBuilder dossier = dossier("Appui dominant")
                .enterprises("c", 3, MemberRole.CORE_GROUP)
                .members(organisation("crl", OrganisationKind.RESEARCH_CENTRE),
                        organisation("cfp", OrganisationKind.TRAINING_CENTRE),
                        organisation("ulg", OrganisationKind.UNIVERSITY),
                        organisation("fed", OrganisationKind.FEDERATION),
                        organisation("cci", OrganisationKind.CHAMBER_OF_COMMERCE));

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("members.enterpriseShare")).isEqualByComparingTo("37.50");
        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.explanation().fr()).contains("structures d'appui");
    }

    @Test
    void members_of_exactly_half_enterprises_are_not_a_majority() {
        DossierBuilder dossier = dossier("Membres à moitié")
                .enterprises("c", 2, MemberRole.CORE_GROUP)
                .members(organisation("crl", OrganisationKind.RESEARCH_CENTRE),
                        organisation("cfp", OrganisationKind.TRAINING_CENTRE));

        assertThat(evaluate(dossier).outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
    }

    @Test
    void a_declared_private_contribution_of_zero_needs_expert_judgement() {
        CriterionResult result = evaluate(Dossiers.healthyCluster().privateContributions(0L));

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.explanation().fr()).contains("aucune contribution privée");
    }

    @Test
    void an_undeclared_private_contribution_is_not_reported_and_does_not_count_against() {
        CriterionResult result = evaluate(Dossiers.healthyCluster().privateContributions(null));

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.indicator("privateContributionsPerYear")).isEmpty();
    }

    @Test
    void without_a_core_group_the_promoter_is_unknown_and_experts_judge() {
        CriterionResult result = evaluate(dossier("Sans noyau dur").enterprises("m", 9, MemberRole.MEMBER));

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.value("coreGroup.size")).isEqualByComparingTo("0");
        assertThat(result.explanation().fr()).contains("aucun noyau dur");
    }

    @Test
    void without_a_core_group_nor_enterprise_majority_it_is_not_satisfied() {
        DossierBuilder dossier = dossier("Ni noyau ni entreprises")
                .members(enterprise("a"), organisation("crl", OrganisationKind.RESEARCH_CENTRE),
                        organisation("agence", OrganisationKind.PUBLIC_BODY));

        assertThat(evaluate(dossier).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    }

    @Test
    void an_empty_dossier_is_not_satisfied() {
        assertThat(evaluate(dossier("Vide")).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    }

    @Test
    void reports_the_thresholds_of_the_policy_in_force() {
        CriteriaPolicy strict = CriteriaPolicy.defaults().withBusinessInitiative(
                new CriteriaPolicy.BusinessInitiativeThresholds(BigDecimal.valueOf(75), BigDecimal.valueOf(50)));
        DossierBuilder dossier = dossier("Trois sur quatre")
                .enterprises("c", 3, MemberRole.CORE_GROUP)
                .members(organisation("crl", OrganisationKind.RESEARCH_CENTRE).core())
                .enterprises("m", 5, MemberRole.MEMBER);

        CriterionResult result = policy.evaluate(dossier.build(), strict);

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(result.threshold("coreGroup.enterpriseShare")).hasValueSatisfying(t -> {
            assertThat(t.value()).isEqualByComparingTo("75");
            assertThat(t.comparison()).isEqualTo(Comparison.GREATER_THAN);
            assertThat(t.unit()).isEqualTo("%");
        });
        assertThat(result.explanation().fr()).contains("75 %");
    }
}
