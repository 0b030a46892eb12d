package be.wallonie.clusters.contracts;

import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.contracts.evaluation.ComiteSessionClosedV1;
import be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1;
import be.wallonie.clusters.contracts.evaluation.PanelComposedV1;
import be.wallonie.clusters.contracts.funding.FundingScheduleComputedV1;
import be.wallonie.clusters.contracts.funding.PaymentRecordedV1;
import be.wallonie.clusters.contracts.registry.AccompaniedProjectChangedV1;
import be.wallonie.clusters.contracts.registry.AccompanimentActRecordedV1;
import be.wallonie.clusters.contracts.registry.AgrementExpiredV1;
import be.wallonie.clusters.contracts.registry.AgrementGrantedV1;
import be.wallonie.clusters.contracts.registry.AgrementRenewedV1;
import be.wallonie.clusters.contracts.registry.AnimatorCostsDeclaredV1;
import be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1;
import be.wallonie.clusters.contracts.registry.ClusterMembershipChangedV1;
import be.wallonie.clusters.contracts.registry.ClusterPartiesV1;
import be.wallonie.clusters.contracts.registry.DossierDecidedV1;
import be.wallonie.clusters.contracts.registry.DossierReturnedForCompletionV1;
import be.wallonie.clusters.contracts.registry.DossierWithdrawnV1;
import be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1;
import be.wallonie.clusters.contracts.registry.PoleProjectApprovedV1;
import be.wallonie.clusters.contracts.registry.PreparationSupportEndedV1;
import be.wallonie.clusters.contracts.registry.PreparationSupportGrantedV1;
import be.wallonie.clusters.contracts.registry.SessionResultsPublishedV1;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One well-formed payload per event type, as producers would write it. */
final class EventExamples {

    static final UUID DOSSIER = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID OTHER = UUID.fromString("22222222-2222-4222-8222-222222222222");
    static final UUID EXPERT_1 = UUID.fromString("33333333-3333-4333-8333-333333333333");
    static final UUID EXPERT_2 = UUID.fromString("44444444-4444-4444-8444-444444444444");
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.UTC);
    static final ClusterPartiesV1.Beneficiary BENEFICIARY = new ClusterPartiesV1.Beneficiary(OTHER, "0403.170.701", "Cluster Bois ASBL");
    static final ClusterPartiesV1.AnimatorPost ANIMATOR = new ClusterPartiesV1.AnimatorPost(new BigDecimal("1.0"),
            LocalDate.of(2025, 4, 1), new BigDecimal("200000.00"));

    static DossierDecidedV1 departingDecision(String justification) {
        return new DossierDecidedV1(OTHER, DOSSIER, 1, "ECONOMIC_CLUSTER", "VALIDATED", OTHER, "UNFAVOURABLE", true,
                justification, "region-1", NOW);
    }

    static OpinionIssuedV1 opinion(String opinion, List<String> conditions) {
        return new OpinionIssuedV1(OTHER, OTHER, DOSSIER, 1, 1, opinion,
                List.of(new OpinionIssuedV1.Finding("CRITICAL_MASS", true, new BigDecimal("3.67"), "Masse critique atteinte", null)),
                conditions, "criteria-1", NOW, "MEDIAN", new BigDecimal("3"));
    }

    static final UUID CORE_MEMBER = EXPERT_1;

    /** A technology grape's first agrément: its declared beneficiary, no animateur post, 25 000 € a year of eligible costs. */
    static AgrementGrantedV1 grapeGrant() {
        return new AgrementGrantedV1(OTHER, DOSSIER, "Grappe Photonique", "TECHNOLOGY_GRAPE", 1,
                LocalDate.of(2028, 3, 1), LocalDate.of(2030, 2, 28), OTHER, BENEFICIARY, null, null, NOW,
                new BigDecimal("25000.00"), List.of(OTHER, CORE_MEMBER), List.of("0403.170.701", "0202.239.951"));
    }

    static PoleProjectApprovedV1 poleProject(String kind, BigDecimal budget, BigDecimal privateContributions) {
        return new PoleProjectApprovedV1(EXPERT_2, DOSSIER, "Biowin", 2026, kind, "Plateforme de bioproduction",
                LocalDate.of(2026, 9, 1), LocalDate.of(2028, 8, 31), budget, privateContributions, "region-1", NOW);
    }

    static PreparationSupportEndedV1 supportEnded(String reason) {
        return new PreparationSupportEndedV1(OTHER, DOSSIER, LocalDate.of(2026, 8, 31), reason, NOW);
    }

    static final UUID PROJECT = UUID.fromString("55555555-5555-4555-8555-555555555555");

    /** The Cellule's second version of its avis on snapshot 1: reserved, with a criterion partly met. */
    static CelluleAvisIssuedV1 avis(String recommendation, String language) {
        return new CelluleAvisIssuedV1(EXPERT_2, DOSSIER, 1, 2, recommendation, language,
                "Le noyau dur réunit douze entreprises de la filière bois, dont trois grandes ; la Cellule a rencontré"
                        + " les porteurs à quatre reprises depuis mars 2026.",
                "Projet solide, masse critique à confirmer hors province de Luxembourg.",
                List.of(new CelluleAvisIssuedV1.CriterionAvis("BUSINESS_INITIATIVE", "MET", "Initiative portée par les entreprises du noyau dur"),
                        new CelluleAvisIssuedV1.CriterionAvis("CRITICAL_MASS", "PARTLY_MET", "Peu de membres hors province de Luxembourg")),
                "cellule-1", NOW);
    }

    /** A validated cluster's members after a foreign member joined. */
    static ClusterMembershipChangedV1 membership(String stage, List<ClusterMembershipChangedV1.MemberIdentity> members) {
        return new ClusterMembershipChangedV1(DOSSIER, 7, stage, members, NOW);
    }

    static final List<ClusterMembershipChangedV1.MemberIdentity> MEMBERS = List.of(
            new ClusterMembershipChangedV1.MemberIdentity(OTHER, "0403.170.701", "Scierie A", "BE"),
            new ClusterMembershipChangedV1.MemberIdentity(EXPERT_1, null, "Institut technologique FCBA", "FR"));

    static AccompanimentActRecordedV1 act(UUID projectId, UUID dossierId) {
        return new AccompanimentActRecordedV1(OTHER, projectId, dossierId, "PARTNER_SEARCH", LocalDate.of(2026, 5, 12), 90, 4,
                "cellule-1", NOW);
    }

    static AccompaniedProjectChangedV1 project(String status, UUID dossierId) {
        return new AccompaniedProjectChangedV1(PROJECT, 3, status, LocalDate.of(2026, 3, 2), dossierId, NOW);
    }

    /** The Region's second payment on line 1/2/2027 (period 1, agrément year 2, budget year 2027). */
    static PaymentRecordedV1 payment(String lineKey, BigDecimal amount) {
        return new PaymentRecordedV1(EXPERT_2, DOSSIER, OTHER, 3, 1, 2, 2027, lineKey, amount, LocalDate.of(2027, 6, 30),
                "SPW-EER-2027-004512", "region-1", NOW);
    }

    static FollowUpReportFiledV1.Indicators indicators() {
        return new FollowUpReportFiledV1.Indicators(Map.of("ENTERPRISE", 30, "RESEARCH_CENTRE", 2), Map.of("SMALL", 20, "MEDIUM", 10),
                3, 1, 12, 5, 2, 1, 0, 4, new BigDecimal("640.5"), new BigDecimal("120000000"),
                new BigDecimal("45000000"), new BigDecimal("310"));
    }

    /** The 2026 report, filed on 22 November 2026, due 31 March 2027: 8 of the plan's 12 actions carried out. */
    static FollowUpReportFiledV1 followUpAgainstThePlan() {
        return new FollowUpReportFiledV1(OTHER, DOSSIER, OTHER, 2026, 1, null, indicators(), "applicant-1", NOW,
                new FollowUpReportFiledV1.PlanExecution(12, 8, 2, 1, 1, new BigDecimal("180000.00"), new BigDecimal("142350.00"),
                        4, 3, 1, 1),
                LocalDate.of(2027, 3, 31));
    }

    static Map<EventType<?>, Object> all() {
        return Map.ofEntries(
                Map.entry(EventCatalog.DOSSIER_SUBMITTED, ContractsTest.fullSubmission()),
                Map.entry(EventCatalog.DOSSIER_DECIDED, departingDecision("Intérêt régional majeur")),
                Map.entry(EventCatalog.DOSSIER_WITHDRAWN, new DossierWithdrawnV1(DOSSIER, 1, "Consortium dissous", "applicant-1", NOW)),
                Map.entry(EventCatalog.DOSSIER_RETURNED_FOR_COMPLETION, new DossierReturnedForCompletionV1(DOSSIER, 1,
                        "Budget prévisionnel manquant", "region-1", NOW)),
                Map.entry(EventCatalog.AGREMENT_GRANTED, new AgrementGrantedV1(OTHER, DOSSIER, "Cluster Bois", "ECONOMIC_CLUSTER", 1,
                        LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31), OTHER, BENEFICIARY, ANIMATOR, null, NOW,
                        new BigDecimal("200000.00"), List.of(OTHER, CORE_MEMBER))),
                Map.entry(EventCatalog.AGREMENT_RENEWED, new AgrementRenewedV1(UUID.randomUUID(), OTHER, DOSSIER, "Cluster Bois",
                        "ECONOMIC_CLUSTER", 2, LocalDate.of(2028, 4, 1), LocalDate.of(2031, 3, 31), OTHER, BENEFICIARY, ANIMATOR,
                        BigDecimal.ZERO, NOW, new BigDecimal("200000.00"), List.of(OTHER))),
                Map.entry(EventCatalog.AGREMENT_EXPIRED, new AgrementExpiredV1(OTHER, DOSSIER, 1, LocalDate.of(2028, 3, 31), NOW)),
                Map.entry(EventCatalog.PREPARATION_SUPPORT_GRANTED, new PreparationSupportGrantedV1(OTHER, DOSSIER, "Cluster Bois",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), BENEFICIARY, ANIMATOR, "region-1", NOW, List.of(OTHER, EXPERT_1))),
                Map.entry(EventCatalog.PREPARATION_SUPPORT_ENDED, supportEnded("AGREMENT_STARTED")),
                Map.entry(EventCatalog.ANIMATOR_COSTS_DECLARED, new AnimatorCostsDeclaredV1(OTHER, DOSSIER, 2026,
                        new BigDecimal("185000.00"), BigDecimal.ZERO, null, "applicant-1", NOW)),
                Map.entry(EventCatalog.POLE_PROJECT_APPROVED, poleProject("R_AND_D", new BigDecimal("900000.00"),
                        new BigDecimal("300000.00"))),
                Map.entry(EventCatalog.FOLLOW_UP_REPORT_FILED, followUpAgainstThePlan()),
                Map.entry(EventCatalog.SESSION_RESULTS_PUBLISHED, new SessionResultsPublishedV1(OTHER, OTHER, LocalDate.of(2026, 12, 15),
                        List.of(new SessionResultsPublishedV1.Result(DOSSIER, "Cluster Bois", "ECONOMIC_CLUSTER", "VALIDATED")), NOW)),
                Map.entry(EventCatalog.CELLULE_AVIS_ISSUED, avis("RESERVED", "fr")),
                Map.entry(EventCatalog.CLUSTER_MEMBERSHIP_CHANGED, membership("VALIDATED", MEMBERS)),
                Map.entry(EventCatalog.ACCOMPANIMENT_ACT_RECORDED, act(PROJECT, null)),
                Map.entry(EventCatalog.ACCOMPANIED_PROJECT_CHANGED, project("BECAME_DOSSIER", DOSSIER)),
                Map.entry(EventCatalog.PANEL_COMPOSED, new PanelComposedV1(OTHER, DOSSIER, 1, 5, 2, NOW)),
                Map.entry(EventCatalog.PAYMENT_RECORDED, payment("1/2/2027", new BigDecimal("48250.00"))),
                Map.entry(EventCatalog.EVALUATION_OPENED, new EvaluationOpenedV1(OTHER, DOSSIER, 1, 1, NOW)),
                Map.entry(EventCatalog.OPINION_ISSUED, opinion("FAVOURABLE_WITH_CONDITIONS", List.of("Engager un animateur à temps plein"))),
                Map.entry(EventCatalog.COMITE_SESSION_CLOSED, new ComiteSessionClosedV1(OTHER, null, LocalDate.of(2026, 12, 10),
                        2, List.of(
                                new ComiteSessionClosedV1.Item(OTHER, DOSSIER, true, OTHER, "FAVOURABLE", 1),
                                new ComiteSessionClosedV1.Item(EXPERT_1, OTHER, false, null, null, 0)),
                        "secretariat-1", NOW)),
                Map.entry(EventCatalog.FUNDING_SCHEDULE_COMPUTED, new FundingScheduleComputedV1(OTHER, DOSSIER, 1, "CLUSTER_ANIMATOR",
                        "defaults-1", "AgrementGranted", "EUR", new BigDecimal("120547.95"), new BigDecimal("150684.93"),
                        List.of(new FundingScheduleComputedV1.Line(2025, 1, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31), 275,
                                new BigDecimal("150684.93"), BigDecimal.ONE, new BigDecimal("120547.95"), new BigDecimal("120547.95"),
                                new BigDecimal("30136.98"))), NOW)));
    }

    /** A recomputed schedule whose 2026 line moved: a late declaration of 150 000 € where 160 000 € were granted. */
    static FundingScheduleComputedV1 correctedSchedule() {
        return new FundingScheduleComputedV1(OTHER, DOSSIER, 2, "CLUSTER_ANIMATOR", "defaults-1", "coûts déclarés pour 2026", "EUR",
                new BigDecimal("150000.00"), new BigDecimal("150000.00"),
                List.of(new FundingScheduleComputedV1.Line(2026, 1, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 365,
                        new BigDecimal("150000.00"), BigDecimal.ONE, new BigDecimal("160000.00"), new BigDecimal("150000.00"),
                        BigDecimal.ZERO, 1, "defaults-1", new BigDecimal("160000.00"), "coûts déclarés pour 2026")), NOW);
    }

    private EventExamples() {
    }
}
