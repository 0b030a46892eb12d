package be.wallonie.clusters.registry.domain.dossier;

import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DossierContentTest {

    static final UUID A = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID B = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID C = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final UUID STRANGER = UUID.fromString("44444444-4444-4444-8444-444444444444");
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    /** A, B and C are enterprises. */
    static final java.util.Map<UUID, OrganisationKind> ENTERPRISES = java.util.Map.of(A, OrganisationKind.ENTERPRISE,
            B, OrganisationKind.ENTERPRISE, C, OrganisationKind.ENTERPRISE);

    static List<Member> members() {
        return List.of(new Member(A, MemberRole.CORE_GROUP, new CoOptation(LocalDate.of(2026, 1, 15), "assemblée"), false),
                new Member(B, MemberRole.MEMBER, null, false), new Member(C, MemberRole.SUPPORT, null, false));
    }

    static Action action(LocalDate start, LocalDate end, List<UUID> participants, BigDecimal budget) {
        return new Action("Salon commun", ActionType.TARGETED, ActionCategory.COMMERCIAL, ActionAxis.PROMOTION,
                Orientation.PRODUITS_MARCHES, start, end, true, participants, budget, "5 contrats");
    }

    static DossierContent complete() {
        return new DossierContent(members(),
                List.of(new Relation(B, A, RelationKind.CUSTOMER_SUPPLIER, null, null, null),
                        new Relation(A, C, RelationKind.JOINT_RESEARCH, null, null, null)),
                List.of(new Objective("Conquérir le marché résidentiel", List.of(A, B))), "Devenir la référence",
                List.of(new ExpectedGain("Export", "export turnover", new BigDecimal("1500000"), "EUR")),
                List.of(action(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), List.of(A, B), new BigDecimal("20000.00"))),
                new Governance("admission votée", "pas de débauchage", "majorité des deux tiers"), new BigDecimal("30000.00"));
    }

    static Dossier draft(Scheme scheme, String focusDescription) {
        return Dossier.draft("Cluster Bois", "CB", scheme, Volet.VALIDATION,
                new Focus(Focus.Kind.MARKET, "construction bois", focusDescription), "applicant-1", NOW);
    }

    @Test
    void a_relation_takes_its_direction_and_market_flag_from_its_kind_unless_stated() {
        assertThat(new Relation(A, B, RelationKind.SUBCONTRACTING, null, null, null).direction()).isEqualTo(RelationDirection.VERTICAL);
        assertThat(new Relation(A, B, RelationKind.SUBCONTRACTING, null, null, null).market()).isTrue();
        assertThat(new Relation(A, B, RelationKind.SHARED_TRAINING, null, null, null).direction())
                .isEqualTo(RelationDirection.HORIZONTAL);
        assertThat(new Relation(A, B, RelationKind.STRATEGIC_ALLIANCE, null, null, null).market()).isFalse();
        assertThat(new Relation(A, B, RelationKind.JOINT_RESEARCH, RelationDirection.VERTICAL, true, null).direction())
                .isEqualTo(RelationDirection.VERTICAL);
    }

    @Test
    void every_invalid_item_is_reported_at_once_with_its_path() {
        List<Member> members = List.of(new Member(A, MemberRole.CORE_GROUP, new CoOptation(null, " "), false),
                new Member(A, MemberRole.MEMBER, null, false),
                new Member(B, MemberRole.MEMBER, new CoOptation(LocalDate.of(2026, 1, 1), "x"), false),
                new Member(null, null, null, false));
        assertThatThrownBy(() -> new DossierContent(members,
                List.of(new Relation(A, A, RelationKind.JOINT_RESEARCH, null, null, null),
                        new Relation(A, STRANGER, null, null, null, null)),
                List.of(new Objective(" ", List.of(STRANGER))), null,
                List.of(new ExpectedGain("Export", null, null, "EUR")),
                List.of(action(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 1, 1), List.of(STRANGER), new BigDecimal("-1")),
                        new Action(null, null, null, null, null, null, null, false, List.of(), new BigDecimal("1.001"), null)),
                null, new BigDecimal("-5")))
                .isInstanceOfSatisfying(InvalidDossierContentException.class, e -> assertThat(e.violations()).extracting(
                        v -> v.field() + ":" + v.code()).containsExactlyInAnyOrder(
                        "members[0].coOptation.on:REQUIRED",
                        "members[0].coOptation.by:REQUIRED",
                        "members[1].organisationId:DUPLICATE_MEMBER",
                        "members[2].coOptation:CO_OPTATION_ONLY_FOR_CORE_GROUP",
                        "members[3].organisationId:REQUIRED",
                        "members[3].role:REQUIRED",
                        "relations[0].toOrganisationId:SAME_MEMBER",
                        "relations[1].toOrganisationId:NOT_A_MEMBER",
                        "relations[1].kind:REQUIRED",
                        "objectives[0].statement:REQUIRED",
                        "objectives[0].endorsedBy[0]:NOT_A_MEMBER",
                        "expectedGains[0].indicator:REQUIRED",
                        "expectedGains[0].targetValue:REQUIRED",
                        "actions[0].endDate:END_BEFORE_START",
                        "actions[0].participants[0]:NOT_A_MEMBER",
                        "actions[0].budget:NEGATIVE",
                        "actions[1].title:REQUIRED",
                        "actions[1].type:REQUIRED",
                        "actions[1].category:REQUIRED",
                        "actions[1].axis:REQUIRED",
                        "actions[1].startDate:REQUIRED",
                        "actions[1].endDate:REQUIRED",
                        "actions[1].budget:MONEY_SCALE",
                        "privateContributionsPerYear:NEGATIVE"));
    }

    @Test
    void an_action_may_end_the_day_it_starts_and_cost_nothing() {
        LocalDate day = LocalDate.of(2027, 3, 1);
        DossierContent c = new DossierContent(members(), List.of(), List.of(), null, List.of(),
                List.of(action(day, day, List.of(A), BigDecimal.ZERO)), null, null);
        assertThat(c.actions()).hasSize(1);
    }

    @Test
    void a_complete_economic_cluster_with_its_animateur_post_misses_nothing() {
        Dossier d = draft(Scheme.ECONOMIC_CLUSTER, "Maisons à ossature bois");
        d.replaceContent(complete(), "applicant-1", NOW);
        assertThat(DossierCompleteness.check(d, true, ENTERPRISES)).isEmpty();
    }

    @Test
    void an_empty_draft_lists_every_missing_item_at_once() {
        // a pole needs no animateur post (issue #11: poles are funded by their approved projects), but its private contributions
        Dossier d = draft(Scheme.COMPETITIVENESS_POLE, " ");
        assertThat(DossierCompleteness.check(d, false, ENTERPRISES)).extracting(m -> m.code().name() + "@" + m.field()).containsExactly(
                "FOCUS_DESCRIPTION@focus.description", "CORE_GROUP@members", "TOO_FEW_MEMBERS@members", "RELATIONS@relations",
                "OBJECTIVES@objectives", "VISION@vision", "EXPECTED_GAINS@expectedGains", "ACTIONS@actions",
                "GOVERNANCE_ADMISSION@governance.admissionRules", "GOVERNANCE_NO_POACHING@governance.noPoachingRule",
                "GOVERNANCE_DECISION_MAKING@governance.decisionMaking", "PRIVATE_CONTRIBUTIONS@privateContributionsPerYear");
        Dossier cluster = draft(Scheme.ECONOMIC_CLUSTER, " ");
        assertThat(DossierCompleteness.check(cluster, false, ENTERPRISES)).extracting(m -> m.code().name()).contains("ANIMATOR_POST")
                .doesNotContain("PRIVATE_CONTRIBUTIONS");
    }

    @Test
    void a_complete_pole_needs_no_animateur_post_and_its_snapshot_freezes_the_funded_beneficiary() {
        Dossier d = draft(Scheme.COMPETITIVENESS_POLE, "Biotechnologies");
        d.replaceContent(complete(), "applicant-1", NOW);
        assertThat(DossierCompleteness.check(d, false, ENTERPRISES)).isEmpty();
        FundedBeneficiary beneficiary = FundedBeneficiary.declare(Scheme.COMPETITIVENESS_POLE, d.content().memberIds(), A, null);
        DossierSubmitted submitted = d.submit("applicant-1", NOW, List.of(org(A), org(B), org(C)), null, beneficiary);
        assertThat(submitted.snapshot().fundedBeneficiary()).isEqualTo(new FundedBeneficiary(A, null));
        assertThat(submitted.snapshot().animatorPost()).isNull();
    }

    static MemberOrganisation org(UUID id) {
        return new MemberOrganisation(id, null, "Org " + id, be.wallonie.clusters.registry.domain.organisation.OrganisationKind.ENTERPRISE,
                be.wallonie.clusters.registry.domain.organisation.SizeClass.SMALL, be.wallonie.clusters.registry.domain.organisation.Region.WALLONIA,
                "BE", true, null, List.of(), 10);
    }

    @Test
    void each_core_group_member_needs_its_co_optation_and_each_objective_an_endorser() {
        Dossier d = draft(Scheme.ECONOMIC_CLUSTER, "Maisons à ossature bois");
        DossierContent c = complete();
        d.replaceContent(new DossierContent(List.of(new Member(A, MemberRole.CORE_GROUP, null, false),
                new Member(B, MemberRole.CORE_GROUP, null, false), new Member(C, MemberRole.SUPPORT, null, false)),
                c.relations(), List.of(new Objective("Exporter", List.of())), c.vision(), c.expectedGains(), c.actions(),
                c.governance(), null), "applicant-1", NOW);
        assertThat(DossierCompleteness.check(d, true, ENTERPRISES)).extracting(m -> m.code().name() + "@" + m.field()).containsExactly(
                "CO_OPTATION@members[0].coOptation", "CO_OPTATION@members[1].coOptation",
                "OBJECTIVE_ENDORSEMENT@objectives[0].endorsedBy");
    }

    @Test
    void enterprises_must_be_more_than_half_of_the_core_group_a_missing_item_that_blocks_submission() {
        Dossier d = draft(Scheme.ECONOMIC_CLUSTER, "Maisons à ossature bois");
        DossierContent c = complete();
        CoOptation co = new CoOptation(LocalDate.of(2026, 1, 15), "assemblée");
        // A enterprise, C a research centre: 1 of 2 is not a majority
        d.replaceContent(new DossierContent(List.of(new Member(A, MemberRole.CORE_GROUP, co, false),
                new Member(B, MemberRole.MEMBER, null, false), new Member(C, MemberRole.CORE_GROUP, co, false)), c.relations(),
                c.objectives(), c.vision(), c.expectedGains(), c.actions(), c.governance(), null), "applicant-1", NOW);
        java.util.Map<UUID, OrganisationKind> kinds = java.util.Map.of(A, OrganisationKind.ENTERPRISE, B, OrganisationKind.ENTERPRISE,
                C, OrganisationKind.RESEARCH_CENTRE);
        assertThat(DossierCompleteness.check(d, true, kinds)).extracting(m -> m.code().name() + "@" + m.field())
                .containsExactly("CORE_GROUP_ENTERPRISE_MAJORITY@members");
        assertThat(MissingItem.Code.CORE_GROUP_ENTERPRISE_MAJORITY.fr()).contains("à l'initiative majoritairement d'entreprises");
        assertThatThrownBy(() -> d.submit("applicant-1", NOW, List.of(org(A), org(B), withKind(org(C), OrganisationKind.RESEARCH_CENTRE)),
                new AnimatorPost(A, java.math.BigDecimal.ONE, LocalDate.of(2027, 1, 1), new java.math.BigDecimal("60000.00"),
                        java.math.BigDecimal.ZERO)))
                .isInstanceOfSatisfying(DossierIncompleteException.class, e -> assertThat(e.missing())
                        .extracting(m -> m.code().name()).containsExactly("CORE_GROUP_ENTERPRISE_MAJORITY"));
        assertThat(d.status()).isEqualTo(DossierStatus.DRAFT);
        // 2 enterprises of 3 is a majority
        assertThat(DossierCompleteness.check(d, true, java.util.Map.of(A, OrganisationKind.ENTERPRISE, C, OrganisationKind.ENTERPRISE)))
                .isEmpty();
    }

    static MemberOrganisation withKind(MemberOrganisation o, OrganisationKind kind) {
        return new MemberOrganisation(o.organisationId(), o.enterpriseNumber(), o.name(), kind, null, o.region(), o.country(),
                o.walloonEstablishment(), o.corporateGroup(), o.naceCodes(), o.employees());
    }

    @Test
    void a_technology_grape_needs_no_animateur_post_and_every_missing_text_has_french_and_english() {
        Dossier d = draft(Scheme.TECHNOLOGY_GRAPE, "Photonique");
        d.replaceContent(complete(), "applicant-1", NOW);
        assertThat(DossierCompleteness.check(d, false, ENTERPRISES)).isEmpty();
        for (MissingItem.Code code : MissingItem.Code.values()) {
            assertThat(code.fr()).isNotBlank();
            assertThat(code.en()).isNotBlank().isNotEqualTo(code.fr());
        }
    }

    @Test
    void an_incomplete_dossier_is_not_submitted_and_stays_a_draft() {
        Dossier d = draft(Scheme.ECONOMIC_CLUSTER, "Maisons à ossature bois");
        assertThatThrownBy(() -> d.submit("applicant-1", NOW, List.of(), null))
                .isInstanceOfSatisfying(DossierIncompleteException.class, e -> assertThat(e.missing()).hasSize(11));
        assertThat(d.status()).isEqualTo(DossierStatus.DRAFT);
        assertThat(d.snapshotVersion()).isZero();
    }

    @Test
    void the_content_is_edited_only_as_a_draft_or_when_returned_and_each_edit_names_its_sections() {
        Dossier d = draft(Scheme.ECONOMIC_CLUSTER, "Maisons à ossature bois");
        assertThat(d.replaceContent(complete(), "applicant-1", NOW))
                .containsExactly("members", "relations", "objectives", "expectedGains", "actions", "governance",
                        "privateContributionsPerYear");
        assertThat(d.replaceContent(complete(), "applicant-1", NOW)).isEmpty();
        assertThat(d.pendingContentChanges()).hasSize(1);
        d.submit("applicant-1", NOW);
        assertThatThrownBy(() -> d.replaceContent(DossierContent.EMPTY, "applicant-1", NOW))
                .isInstanceOfSatisfying(DossierNotEditableException.class, e -> assertThat(e.status()).isEqualTo(DossierStatus.SUBMITTED));
        d.returnForCompletion("cellule-1", NOW, "compléter le budget");
        assertThat(d.replaceContent(DossierContent.foundedBy(A), "applicant-1", NOW)).contains("members", "actions");
    }

    @Test
    void a_validated_cluster_updates_its_content_for_the_renewal_but_not_while_the_comite_or_the_region_holds_it() {
        Dossier d = draft(Scheme.ECONOMIC_CLUSTER, "Maisons à ossature bois");
        d.replaceContent(complete(), "applicant-1", NOW);
        d.submit("applicant-1", NOW);
        d.startEvaluation("comite", NOW);
        assertThatThrownBy(() -> d.replaceContent(DossierContent.foundedBy(A), "applicant-1", NOW))
                .isInstanceOfSatisfying(DossierNotEditableException.class, e -> assertThat(e.status()).isEqualTo(DossierStatus.UNDER_EVALUATION));
        d.receiveOpinion("comite", NOW, "avis favorable");
        assertThatThrownBy(() -> d.replaceContent(DossierContent.foundedBy(A), "applicant-1", NOW))
                .isInstanceOf(DossierNotEditableException.class);
        d.decide(true, "region-1", NOW, null);
        assertThat(d.replaceContent(DossierContent.foundedBy(A), "applicant-1", NOW)).contains("members", "actions");
        d.requestRenewal("applicant-1", NOW);
        assertThatThrownBy(() -> d.replaceContent(complete(), "applicant-1", NOW)).isInstanceOf(DossierNotEditableException.class);
    }

    @Test
    void the_six_axes_and_three_orientations_of_the_seeds_are_modelled_with_their_french_labels() {
        assertThat(ActionAxis.values()).hasSize(6);
        assertThat(ActionAxis.COMMERCIAL_LINKS.label()).isEqualTo("Actions pour renforcer les liens commerciaux");
        assertThat(Orientation.values()).extracting(Enum::name).containsExactly("MOYENS", "PRODUITS_MARCHES", "CLUB_DE_TRAVAIL");
    }
}
