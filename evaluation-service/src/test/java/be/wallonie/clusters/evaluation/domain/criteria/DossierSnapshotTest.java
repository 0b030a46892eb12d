package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.dossier;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.enterprise;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.organisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.evaluation.domain.snapshot.Action;
import be.wallonie.clusters.evaluation.domain.snapshot.ActionType;
import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import be.wallonie.clusters.evaluation.domain.snapshot.ExpectedGain;
import be.wallonie.clusters.evaluation.domain.snapshot.Governance;
import be.wallonie.clusters.evaluation.domain.snapshot.Member;
import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import be.wallonie.clusters.evaluation.domain.snapshot.Objective;
import be.wallonie.clusters.evaluation.domain.snapshot.OrganisationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Promoter;
import be.wallonie.clusters.evaluation.domain.snapshot.Region;
import be.wallonie.clusters.evaluation.domain.snapshot.Relation;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationDirection;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import be.wallonie.clusters.evaluation.domain.snapshot.SizeClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DossierSnapshotTest {

    private static Member member(UUID id) {
        return new Member(id, null, "m", OrganisationKind.ENTERPRISE, SizeClass.SMALL, MemberRole.MEMBER,
                Region.WALLONIA, "BE", true, null, null, null, false, null);
    }

    @Test
    void the_promoter_is_the_core_group() {
        DossierSnapshot snapshot = Dossiers.agroFoodValley().build();

        Promoter promoter = snapshot.promoter();

        assertThat(promoter.isIdentified()).isTrue();
        assertThat(promoter.coreGroup()).extracting(Member::name)
                .containsExactly("centre-recherche-formation", "intercommunale");
        assertThat(promoter.enterpriseCount()).isZero();
        assertThat(dossier("Sans noyau").members(enterprise("a")).build().promoter().isIdentified()).isFalse();
    }

    @Test
    void a_member_cannot_appear_twice() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> new DossierSnapshot("x", null, Scheme.ECONOMIC_CLUSTER, null, null,
                List.of(member(id), member(id)), null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(id.toString());
    }

    @Test
    void absent_lists_are_empty_and_lists_are_copied() {
        List<Member> members = new ArrayList<>(List.of(member(UUID.randomUUID())));
        DossierSnapshot snapshot = new DossierSnapshot("x", null, Scheme.ECONOMIC_CLUSTER, null, null,
                members, null, null, null, null, null, null, null);
        members.clear();

        assertThat(snapshot.members()).hasSize(1);
        assertThat(snapshot.relations()).isEmpty();
        assertThat(snapshot.objectives()).isEmpty();
        assertThat(snapshot.expectedGains()).isEmpty();
        assertThat(snapshot.actions()).isEmpty();
        assertThat(new Objective("o", null).endorsedBy()).isEmpty();
        assertThat(new Action("a", ActionType.GENERIC, null, null, null, null, null, false, null, null, null)
                .participants()).isEmpty();
    }

    @Test
    void required_fields_are_checked() {
        assertThatThrownBy(() -> new DossierSnapshot(null, null, Scheme.ECONOMIC_CLUSTER, null, null,
                null, null, null, null, null, null, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Member(UUID.randomUUID(), null, "m", null, null, MemberRole.MEMBER,
                Region.WALLONIA, "BE", true, null, null, null, false, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Member(UUID.randomUUID(), null, "m", OrganisationKind.ENTERPRISE, null,
                MemberRole.MEMBER, Region.WALLONIA, "BE", true, null, null, -1, false, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_relation_without_direction_takes_the_natural_direction_of_its_kind() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();

        assertThat(new Relation(a, b, RelationKind.CUSTOMER_SUPPLIER, null, true).direction())
                .isEqualTo(RelationDirection.VERTICAL);
        assertThat(new Relation(a, b, RelationKind.SUBCONTRACTING, null, true).direction())
                .isEqualTo(RelationDirection.VERTICAL);
        assertThat(new Relation(a, b, RelationKind.JOINT_RESEARCH, null, false).direction())
                .isEqualTo(RelationDirection.HORIZONTAL);
        assertThat(new Relation(a, b, RelationKind.OTHER, null, false).direction())
                .isEqualTo(RelationDirection.HORIZONTAL);
        assertThat(new Relation(a, b, RelationKind.CUSTOMER_SUPPLIER, RelationDirection.HORIZONTAL, true).direction())
                .isEqualTo(RelationDirection.HORIZONTAL);
    }

    @Test
    void members_normalise_country_and_group() {
        Member m = new Member(UUID.randomUUID(), null, "m", OrganisationKind.ENTERPRISE, SizeClass.LARGE,
                MemberRole.MEMBER, Region.ABROAD, " fr ", false, "  ", null, null, true, null);

        assertThat(m.country()).isEqualTo("FR");
        assertThat(m.corporateGroup()).isNull();
        assertThat(m.isForeign()).isTrue();
        assertThat(m.isWalloon()).isFalse();
        assertThat(m.sizeClass().isSme()).isFalse();
        assertThat(organisation("crl", OrganisationKind.RESEARCH_CENTRE).build().isEnterprise()).isFalse();
    }

    @Test
    void gains_are_quantified_with_an_indicator_and_a_target() {
        assertThat(new ExpectedGain("Emplois", "jobs", BigDecimal.TEN, "count").isQuantified()).isTrue();
        assertThat(new ExpectedGain("Emplois", " ", BigDecimal.TEN, "count").isQuantified()).isFalse();
        assertThat(new ExpectedGain("Emplois", "jobs", null, "count").isQuantified()).isFalse();
    }

    @Test
    void governance_rules_need_both_admission_and_no_poaching() {
        assertThat(new Governance(true, true, null, null).hasFunctioningRules()).isTrue();
        assertThat(new Governance(true, false, null, null).hasFunctioningRules()).isFalse();
        assertThat(new Governance(true, true, null, " ").hasAmbitionStatement()).isFalse();
    }
}
