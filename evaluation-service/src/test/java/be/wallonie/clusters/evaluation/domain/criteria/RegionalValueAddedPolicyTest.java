package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.dossier;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.enterprise;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.snapshot.Member;
import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import be.wallonie.clusters.evaluation.domain.snapshot.OrganisationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Region;
import be.wallonie.clusters.evaluation.domain.snapshot.SizeClass;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegionalValueAddedPolicyTest {

    private final RegionalValueAddedPolicy policy = new RegionalValueAddedPolicy();

    private CriterionResult evaluate(DossierBuilder dossier) {
        return policy.evaluate(dossier.build(), CriteriaPolicy.defaults());
    }

    @Test
    void a_walloon_cluster_is_satisfied_and_its_closure_is_only_reported() {
        CriterionResult result = evaluate(Dossiers.healthyCluster());

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.value("members.walloonShare")).isEqualByComparingTo("100");
        assertThat(result.value("coreGroup.walloonShare")).isEqualByComparingTo("100");
        assertThat(result.value("members.foreign")).isEqualByComparingTo("0");
        assertThat(result.explanation().fr()).contains("Aucun membre étranger");
    }

    @Test
    void a_purely_transnational_partnership_is_not_a_cluster() {
        CriterionResult result = evaluate(Dossiers.transnationalPartnership());

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_SATISFIED);
        assertThat(result.value("members.walloonShare")).isEqualByComparingTo("27.27");
        assertThat(result.value("coreGroup.walloonShare")).isEqualByComparingTo("25");
        assertThat(result.value("members.foreign")).isEqualByComparingTo("8");
        assertThat(result.explanation().fr()).contains("purement transnationaux");
    }

    @Test
    void exactly_half_of_members_and_of_the_core_group_in_wallonia_is_enough() {
        DossierBuilder dossier = dossier("Moitié")
                .members(enterprise("w1").core(), enterprise("x1").core().abroad("FR"),
                        enterprise("w2"), enterprise("x2").abroad("DE"));

        CriterionResult result = evaluate(dossier);

        assertThat(result.value("members.walloonShare")).isEqualByComparingTo("50");
        assertThat(result.value("coreGroup.walloonShare")).isEqualByComparingTo("50");
        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
    }

    @Test
    void a_foreign_core_group_among_walloon_members_is_left_to_experts() {
        DossierBuilder dossier = dossier("Noyau étranger")
                .members(enterprise("x1").core().abroad("FR"), enterprise("x2").core().abroad("FR"),
                        enterprise("w1").core())
                .enterprises("m", 6, MemberRole.MEMBER);

        CriterionResult result = evaluate(dossier);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_EXPERT_JUDGEMENT);
        assertThat(result.explanation().fr()).contains("le noyau dur n'atteint pas le seuil");
    }

    @Test
    void foreign_members_are_openness_and_never_a_failure() {
        DossierBuilder dossier = Dossiers.healthyCluster()
                .members(enterprise("fr").abroad("FR"), enterprise("de").abroad("DE"), enterprise("nl").abroad("NL"));

        CriterionResult result = evaluate(dossier);

        assertThat(result.outcome()).isEqualTo(Outcome.SATISFIED);
        assertThat(result.value("members.foreign")).isEqualByComparingTo("3");
        assertThat(result.explanation().fr()).contains("Ouverture : 3 membres étrangers");
    }

    @Test
    void a_brussels_member_with_a_walloon_establishment_counts_as_walloon_and_a_flemish_one_does_not() {
        Member brussels = new Member(UUID.randomUUID(), "0123.456.749", "Bruxelloise", OrganisationKind.ENTERPRISE,
                SizeClass.SMALL, MemberRole.CORE_GROUP, Region.BRUSSELS, "be", true, null, List.of(), 10, false, null);
        Member flemish = new Member(UUID.randomUUID(), null, "Flamande", OrganisationKind.ENTERPRISE,
                SizeClass.SMALL, MemberRole.CORE_GROUP, Region.FLANDERS, "BE", false, null, List.of(), 10, false, null);

        assertThat(brussels.isWalloon()).isTrue();
        assertThat(brussels.isForeign()).isFalse();
        assertThat(flemish.isWalloon()).isFalse();
        assertThat(flemish.isForeign()).isFalse();

        CriterionResult result = evaluate(dossier("Belge").members(enterprise("w").core(), enterprise("vl").core().flanders()));
        assertThat(result.value("members.walloonShare")).isEqualByComparingTo("50");
        assertThat(result.value("members.foreign")).isEqualByComparingTo("0");
    }
}
