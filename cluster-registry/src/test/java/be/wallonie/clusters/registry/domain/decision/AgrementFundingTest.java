package be.wallonie.clusters.registry.domain.decision;

import be.wallonie.clusters.registry.domain.organisation.Region;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.dossier.MemberOrganisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.CoOptation;
import be.wallonie.clusters.registry.domain.dossier.DossierContent;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierSnapshot;
import be.wallonie.clusters.registry.domain.dossier.Focus;
import be.wallonie.clusters.registry.domain.dossier.FundedBeneficiary;
import be.wallonie.clusters.registry.domain.dossier.Member;
import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.dossier.Volet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgrementFundingTest {

    static final UUID CORE_1 = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID CORE_2 = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID MEMBER = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final UUID EMPLOYER = UUID.fromString("55555555-5555-4555-8555-555555555555");
    static final AnimatorPost POST = new AnimatorPost(EMPLOYER, new BigDecimal("1.0"), LocalDate.of(2027, 1, 1),
            new BigDecimal("95000.00"), new BigDecimal("30000.00"));

    static DossierSnapshot judged(Scheme scheme, AnimatorPost post, FundedBeneficiary beneficiary) {
        CoOptation co = new CoOptation(LocalDate.of(2026, 1, 15), "assemblée");
        DossierContent content = new DossierContent(List.of(new Member(CORE_1, MemberRole.CORE_GROUP, co, false),
                new Member(MEMBER, MemberRole.MEMBER, null, false), new Member(CORE_2, MemberRole.CORE_GROUP, co, false)),
                List.of(), List.of(), null, List.of(), List.of(), null, new BigDecimal("120000.00"));
        return new DossierSnapshot(new DossierId(UUID.randomUUID()), 1, "Grappe", null, scheme, Volet.VALIDATION,
                new Focus(Focus.Kind.TECHNOLOGY, "photonique", "lasers"), content, List.of(member(CORE_1, "0403.170.701"),
                        member(MEMBER, "0202.239.951"), member(CORE_2, null)), post, beneficiary);
    }

    private static MemberOrganisation member(UUID id, String number) {
        return new MemberOrganisation(id, number, "Membre", OrganisationKind.ENTERPRISE, SizeClass.SMALL, Region.WALLONIA, "BE", true,
                null, List.of(), 12);
    }

    @Test
    void an_economic_cluster_is_funded_on_its_animateur_post_and_needs_it() {
        AgrementFunding f = AgrementFunding.of(Scheme.ECONOMIC_CLUSTER, judged(Scheme.ECONOMIC_CLUSTER, POST, null));
        assertThat(f.beneficiaryOrganisationId()).isEqualTo(EMPLOYER);
        assertThat(f.eligibleYearlyCosts()).isEqualTo(new BigDecimal("95000.00"));
        assertThat(f.privateContributions()).isEqualTo(new BigDecimal("30000.00"));
        assertThat(f.coreGroupOrganisationIds()).containsExactly(CORE_1, CORE_2);
        // the core group's enterprise numbers as the snapshot froze them; a member without one (abroad) is left out
        assertThat(f.coreGroupEnterpriseNumbers()).containsExactly("0403.170.701");
        assertThatThrownBy(() -> AgrementFunding.of(Scheme.ECONOMIC_CLUSTER, judged(Scheme.ECONOMIC_CLUSTER, null,
                new FundedBeneficiary(CORE_1, null)))).isInstanceOfSatisfying(DecisionRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(DecisionRefusedException.Reason.ANIMATOR_POST_MISSING));
        assertThatThrownBy(() -> AgrementFunding.of(Scheme.ECONOMIC_CLUSTER, null)).isInstanceOf(DecisionRefusedException.class);
    }

    @Test
    void a_grape_is_funded_on_its_declared_beneficiary_and_costs_without_a_post() {
        AgrementFunding f = AgrementFunding.of(Scheme.TECHNOLOGY_GRAPE, judged(Scheme.TECHNOLOGY_GRAPE, null,
                new FundedBeneficiary(CORE_2, new BigDecimal("25000.00"))));
        assertThat(f.beneficiaryOrganisationId()).isEqualTo(CORE_2);
        assertThat(f.animatorPost()).isNull();
        assertThat(f.eligibleYearlyCosts()).isEqualTo(new BigDecimal("25000.00"));
        assertThat(f.privateContributions()).isEqualTo(new BigDecimal("120000.00"));
        assertThat(f.coreGroupOrganisationIds()).containsExactly(CORE_1, CORE_2);
        // a post stated anyway travels, but the grape's beneficiary and costs are what it funds
        AgrementFunding withPost = AgrementFunding.of(Scheme.TECHNOLOGY_GRAPE, judged(Scheme.TECHNOLOGY_GRAPE, POST,
                new FundedBeneficiary(CORE_2, new BigDecimal("25000.00"))));
        assertThat(withPost.animatorPost()).isEqualTo(POST);
        assertThat(withPost.beneficiaryOrganisationId()).isEqualTo(CORE_2);
        assertThat(withPost.eligibleYearlyCosts()).isEqualTo(new BigDecimal("25000.00"));
    }

    @Test
    void a_pole_is_funded_by_its_projects_not_by_a_yearly_cost_and_both_need_the_beneficiary_judged() {
        AgrementFunding f = AgrementFunding.of(Scheme.COMPETITIVENESS_POLE, judged(Scheme.COMPETITIVENESS_POLE, POST,
                new FundedBeneficiary(CORE_1, null)));
        assertThat(f.beneficiaryOrganisationId()).isEqualTo(CORE_1);
        assertThat(f.eligibleYearlyCosts()).isNull();
        for (Scheme scheme : List.of(Scheme.TECHNOLOGY_GRAPE, Scheme.COMPETITIVENESS_POLE)) {
            assertThatThrownBy(() -> AgrementFunding.of(scheme, judged(scheme, POST, null)))
                    .isInstanceOfSatisfying(DecisionRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(DecisionRefusedException.Reason.FUNDED_BENEFICIARY_MISSING));
        }
    }
}
