package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.dossier;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.enterprise;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.organisation;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import be.wallonie.clusters.evaluation.domain.snapshot.OrganisationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.SizeClass;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriticalMassPolicyTest {

    private final CriticalMassPolicy policy = new CriticalMassPolicy();

    private CriterionResult evaluate(DossierBuilder dossier) {
        return policy.evaluate(dossier.build(), CriteriaPolicy.defaults());
    }

    private static DossierBuilder withEnterprises(int count) {
        return dossier(count + " entreprises").enterprises("e", count, MemberRole.CORE_GROUP);
    }

    @ParameterizedTest(name = "{0} independent enterprises -> {1}")
    @CsvSource({
        "0, NOT_SATISFIED",
        "2, NOT_SATISFIED",
        "3, NEEDS_EXPERT_JUDGEMENT",
        "7, NEEDS_EXPERT_JUDGEMENT",
        "8, SATISFIED",
        "25, SATISFIED"})
    void compares_independent_enterprises_with_the_default_threshold_and_floor(int enterprises, Outcome expected) {
        CriterionResult result = evaluate(withEnterprises(enterprises));

        assertThat(result.outcome()).isEqualTo(expected);
        assertThat(result.value("enterprises.independent")).isEqualByComparingTo(String.valueOf(enterprises));
    }

    @Test
    void members_of_one_corporate_group_count_once() {
        DossierBuilder dossier = withEnterprises(6)
                .members(enterprise("filiale1").group("Groupe Métal"),
                        enterprise("filiale2").group("Groupe Métal"),
                        enterprise("filiale3").group("  groupe métal "));

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("enterprises.count")).isEqualByComparingTo("9");
        assertThat(result.value("enterprises.independent")).isEqualByComparingTo("7");
        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.explanation().fr()).contains("7 entreprises indépendantes", "compté une fois");
    }

    @Test
    void two_distinct_groups_count_as_two_actors() {
        DossierBuilder dossier = withEnterprises(6)
                .members(enterprise("a1").group("A"), enterprise("a2").group("A"),
                        enterprise("b1").group("B"), enterprise("b2").group("B"));

        assertThat(evaluate(dossier).value("enterprises.independent")).isEqualByComparingTo("8");
        assertThat(evaluate(dossier).outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void support_organisations_do_not_add_to_the_critical_mass() {
        DossierBuilder dossier = withEnterprises(2)
                .members(organisation("crl", OrganisationKind.RESEARCH_CENTRE),
                        organisation("ulg", OrganisationKind.UNIVERSITY),
                        organisation("fed", OrganisationKind.FEDERATION));

        assertThat(evaluate(dossier).outcome()).isEqualTo(Outcome.NOT_SATISFIED);
    }

    @Test
    void a_per_domain_threshold_replaces_the_default() {
        CriteriaPolicy aeronautics = CriteriaPolicy.defaults().withCriticalMass(
                new CriteriaPolicy.CriticalMassThresholds(8, 3, Map.of("Aéronautique", 12)));
        DossierBuilder dossier = withEnterprises(10).focus(FocusKind.MARKET, " aéronautique ");

        CriterionResult result = policy.evaluate(dossier.build(), aeronautics);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.threshold("enterprises.independent")).hasValueSatisfying(
                t -> assertThat(t.value()).isEqualByComparingTo("12"));
        assertThat(result.explanation().fr()).contains("domaine « aéronautique »");
    }

    @Test
    void a_niche_domain_may_lower_the_threshold() {
        CriteriaPolicy niche = CriteriaPolicy.defaults().withCriticalMass(
                new CriteriaPolicy.CriticalMassThresholds(8, 3, Map.of("scieries de feuillus", 5)));

        CriterionResult result = policy.evaluate(
                withEnterprises(5).focus(FocusKind.MARKET, "scieries de feuillus").build(), niche);

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void other_domains_keep_the_default_threshold() {
        CriteriaPolicy aeronautics = CriteriaPolicy.defaults().withCriticalMass(
                new CriteriaPolicy.CriticalMassThresholds(8, 3, Map.of("aéronautique", 12)));

        CriterionResult result = policy.evaluate(withEnterprises(8).build(), aeronautics);

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.explanation().fr()).contains("seuil par défaut");
    }

    @Test
    void reports_sme_share_employees_and_value_chain_segments() {
        DossierBuilder dossier = dossier("Profil")
                .members(enterprise("ge").core().large().employees(1000).nace("29.10"),
                        enterprise("pme1").core().size(SizeClass.MEDIUM).employees(120).nace("29.32", "25.11"),
                        enterprise("pme2").core().size(SizeClass.MICRO).employees(5).nace("C29.32"),
                        enterprise("inconnue").core().size(null).employees(null).nace("45.20"),
                        organisation("crl", OrganisationKind.RESEARCH_CENTRE).nace("72.19"));

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("enterprises.sme")).isEqualByComparingTo("2");
        assertThat(result.value("enterprises.large")).isEqualByComparingTo("1");
        assertThat(result.value("enterprises.smeShare")).isEqualByComparingTo("66.67");
        assertThat(result.value("enterprises.employees")).isEqualByComparingTo("1125");
        assertThat(result.value("valueChain.naceDivisions")).isEqualByComparingTo("3");
    }

    @Test
    void cites_the_seed_that_the_threshold_cannot_be_determined_a_priori() {
        CriterionResult result = evaluate(withEnterprises(5));

        assertThat(result.explanation().fr()).contains("I.1.2 §1", "ne peut donc être déterminée a priori");
        assertThat(result.explanation().en()).contains("cannot be determined a priori");
        assertThat(result.threshold("enterprises.independent.expertJudgementFloor")).isPresent();
    }
}
