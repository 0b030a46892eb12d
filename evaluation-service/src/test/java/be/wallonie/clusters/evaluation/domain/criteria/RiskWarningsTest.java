package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.enterprise;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.generic;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.id;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.targeted;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import be.wallonie.clusters.evaluation.domain.snapshot.SizeClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskWarningsTest {

    private final RiskWarnings riskWarnings = new RiskWarnings();

    private List<RiskWarning> detect(DossierBuilder dossier) {
        return riskWarnings.detect(dossier.build(), CriteriaPolicy.defaults());
    }

    private static List<RiskWarningCode> codes(List<RiskWarning> warnings) {
        return warnings.stream().map(RiskWarning::code).toList();
    }

    @Test
    void a_healthy_cluster_has_no_warning() {
        assertThat(detect(Dossiers.healthyCluster())).isEmpty();
    }

    @Test
    void a_passive_large_member_whose_decision_centre_is_abroad_is_a_warning() {
        DossierBuilder dossier = Dossiers.healthyCluster()
                .members(enterprise("multinationale").large().decisionCentreAbroad());

        List<RiskWarning> warnings = detect(dossier);

        assertThat(codes(warnings)).containsExactly(RiskWarningCode.PASSIVE_LARGE_MEMBER_DECISION_CENTRE_ABROAD);
        assertThat(warnings.get(0).organisations()).containsExactly(id("multinationale"));
        assertThat(warnings.get(0).message().fr()).contains("présence passive d'un grand groupe", "multinationale");
    }

    @Test
    void a_large_member_abroad_that_takes_part_in_an_action_is_not_passive() {
        DossierBuilder dossier = Dossiers.healthyCluster()
                .members(enterprise("multinationale").large().decisionCentreAbroad())
                .action(targeted("Co-développement").participants("multinationale", "e2"));

        assertThat(detect(dossier)).isEmpty();
    }

    @Test
    void only_large_enterprises_with_a_decision_centre_abroad_are_concerned() {
        DossierBuilder dossier = Dossiers.healthyCluster()
                .members(enterprise("pme-etrangere").size(SizeClass.MEDIUM).decisionCentreAbroad(),
                        enterprise("ge-wallonne").large());

        assertThat(codes(detect(dossier))).doesNotContain(RiskWarningCode.PASSIVE_LARGE_MEMBER_DECISION_CENTRE_ABROAD);
    }

    @Test
    void several_passive_members_are_listed_in_a_stable_order() {
        DossierBuilder dossier = Dossiers.healthyCluster()
                .members(enterprise("z-corp").large().decisionCentreAbroad(),
                        enterprise("a-corp").large().decisionCentreAbroad());

        RiskWarning warning = detect(dossier).get(0);

        assertThat(warning.organisations()).containsExactlyInAnyOrder(id("z-corp"), id("a-corp")).isSorted();
    }

    @Test
    void a_majority_of_inert_enterprises_is_a_warning() {
        DossierBuilder dossier = Dossiers.healthyCluster().clearActions()
                .action(targeted("Offre commune").recurring().participants("e1", "e2", "e3", "e4"));

        List<RiskWarning> warnings = detect(dossier);

        assertThat(codes(warnings)).containsExactly(RiskWarningCode.INERT_MAJORITY);
        assertThat(warnings.get(0).message().fr()).contains("6 entreprises membres sur 10", "inertie");
    }

    @Test
    void exactly_half_of_inert_enterprises_is_not_yet_a_majority() {
        DossierBuilder dossier = Dossiers.healthyCluster().clearActions()
                .action(targeted("Offre commune").recurring().participants("e1", "e2", "e3", "e4", "e5"));

        assertThat(detect(dossier)).isEmpty();
    }

    @Test
    void a_multisector_grouping_without_a_common_market_is_an_exchange_club() {
        DossierBuilder dossier = Dossiers.healthyCluster().focus(FocusKind.TECHNOLOGY, "numérique").clearActions()
                .action(targeted("Club d'échange d'expériences").noMarketOutcome().recurring()
                        .participants("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10"));

        List<RiskWarning> warnings = detect(dossier);

        assertThat(codes(warnings)).containsExactly(RiskWarningCode.MULTISECTOR_CLUB_WITHOUT_COMMON_MARKET);
        assertThat(warnings.get(0).message().fr()).contains("club d'échange", "C, E, G, H, M");
    }

    @Test
    void a_multisector_grouping_around_a_common_market_is_fine() {
        DossierBuilder dossier = Dossiers.healthyCluster().focus(FocusKind.TECHNOLOGY, "numérique");

        assertThat(codes(detect(dossier))).doesNotContain(RiskWarningCode.MULTISECTOR_CLUB_WITHOUT_COMMON_MARKET);
    }

    @Test
    void generic_actions_only_are_anecdotal() {
        List<RiskWarning> warnings = detect(Dossiers.lobbyingAssociation());

        assertThat(codes(warnings)).contains(RiskWarningCode.ANECDOTAL_ACTIONS);
        assertThat(warnings).filteredOn(w -> w.code() == RiskWarningCode.ANECDOTAL_ACTIONS).singleElement()
                .satisfies(w -> assertThat(w.message().fr()).contains("anecdotiques", "banal"));
    }

    @Test
    void missing_admission_or_no_poaching_rules_are_a_warning() {
        assertThat(codes(detect(Dossiers.healthyCluster().noGovernance())))
                .containsExactly(RiskWarningCode.MISSING_FUNCTIONING_RULES);
        assertThat(detect(Dossiers.healthyCluster().governance(true, false, null)).get(0).message().fr())
                .contains("pas de règle de non-débauchage mutuel");
        assertThat(detect(Dossiers.healthyCluster().governance(false, true, null)).get(0).message().en())
                .contains("no admission");
    }

    @Test
    void warnings_come_in_code_order() {
        DossierBuilder dossier = Dossiers.lobbyingAssociation()
                .members(enterprise("multinationale").large().decisionCentreAbroad());

        assertThat(codes(detect(dossier))).containsExactly(
                RiskWarningCode.PASSIVE_LARGE_MEMBER_DECISION_CENTRE_ABROAD,
                RiskWarningCode.INERT_MAJORITY,
                RiskWarningCode.ANECDOTAL_ACTIONS,
                RiskWarningCode.MISSING_FUNCTIONING_RULES);
    }

    @Test
    void warnings_never_change_an_outcome() {
        DossierBuilder dossier = Dossiers.healthyCluster()
                .members(enterprise("multinationale").large().decisionCentreAbroad())
                .action(generic("Lettre d'information").participants("e1"));

        Assessment assessment = CriteriaEngine.standard().assess(dossier.build(), CriteriaPolicy.defaults());

        assertThat(assessment.warnings()).isNotEmpty();
        assertThat(assessment.summary().allNecessarySatisfied()).isTrue();
    }
}
