package be.wallonie.clusters.contracts;

import be.wallonie.clusters.contracts.funding.FundingScheduleComputedV1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.contracts.registry.PreparationSupportGrantedV1;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ContractsTest {

    static final UUID A = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID B = UUID.fromString("22222222-2222-4222-8222-222222222222");

    static DossierSubmittedV1 fullSubmission() {
        DossierSnapshotV1 snapshot = new DossierSnapshotV1("Cluster Bois", "CB", "ECONOMIC_CLUSTER", "VALIDATION",
                new DossierSnapshotV1.Focus("MARKET", "construction bois", "maisons à ossature bois"),
                List.of(new DossierSnapshotV1.Member(A, "0403.170.701", "Scierie A", "ENTERPRISE", "SMALL", "CORE_GROUP",
                                "WALLONIA", "BE", true, null, List.of("16.10"), 25, false, LocalDate.of(2026, 1, 10)),
                        new DossierSnapshotV1.Member(B, null, "Centre de recherche B", "RESEARCH_CENTRE", null, "SUPPORT",
                                "WALLONIA", "BE", true, null, List.of(), null, false, null)),
                List.of(new DossierSnapshotV1.Relation(A, B, "JOINT_RESEARCH", "HORIZONTAL", false)),
                List.of(new DossierSnapshotV1.Objective("Conquérir le marché résidentiel", List.of(A))),
                List.of(new DossierSnapshotV1.ExpectedGain("Chiffre d'affaires", "turnover", new BigDecimal("1500000"), "EUR")),
                List.of(new DossierSnapshotV1.Action("Salon commun", "TARGETED", "COMMERCIAL", "INTERNATIONALISATION", null,
                        LocalDate.of(2026, 3, 1), LocalDate.of(2029, 2, 28), true, List.of(A), new BigDecimal("20000.00"),
                        "5 contrats à l'export")),
                new DossierSnapshotV1.Governance(true, true, "assemblée des membres", "devenir la référence wallonne"),
                new DossierSnapshotV1.Animator("Jeanne Dupont", new BigDecimal("1.0"), LocalDate.of(2026, 4, 1), new BigDecimal("90000.00")),
                new BigDecimal("30000.00"));
        return new DossierSubmittedV1(A, 1, null, null, OffsetDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneOffset.UTC),
                "applicant-1", snapshot);
    }

    @Test
    void a_schedule_line_names_its_version_and_agrement_year_and_a_moved_line_its_previous_amount() {
        FundingScheduleComputedV1 corrected = EventExamples.correctedSchedule();
        CloudEvent event = EventCodec.read(EventCodec.write(envelope(EventCatalog.FUNDING_SCHEDULE_COMPUTED, corrected)));
        assertThat(EventSchemas.violations(event)).isEmpty();
        FundingScheduleComputedV1 read = EventCodec.payload(event, EventCatalog.FUNDING_SCHEDULE_COMPUTED);
        assertThat(read).isEqualTo(corrected);
        assertThat(read.lines().get(0).previousGranted()).isEqualByComparingTo("160000.00");
        assertThat(read.lines().get(0).schemeVersion()).isEqualTo("defaults-1");
        // an older producer's line, without the additive fields, still reads and validates
        FundingScheduleComputedV1.Line old = new FundingScheduleComputedV1.Line(2026, 1, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), 365, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO);
        assertThat(old.agrementYear()).isNull();
        FundingScheduleComputedV1 older = new FundingScheduleComputedV1(corrected.fileId(), corrected.dossierId(), 1, "CLUSTER_ANIMATOR",
                "defaults-1", "x", "EUR", BigDecimal.TEN, BigDecimal.TEN, List.of(old), corrected.computedAt());
        assertThat(EventSchemas.violations(envelope(EventCatalog.FUNDING_SCHEDULE_COMPUTED, older))).isEmpty();
        // a negative previous amount breaks the schema
        FundingScheduleComputedV1.Line wrong = new FundingScheduleComputedV1.Line(2026, 1, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), 365, BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, 0, "",
                new BigDecimal("-1"), null);
        FundingScheduleComputedV1 broken = new FundingScheduleComputedV1(corrected.fileId(), corrected.dossierId(), 1,
                "CLUSTER_ANIMATOR", "defaults-1", "x", "EUR", BigDecimal.TEN, BigDecimal.TEN, List.of(wrong), corrected.computedAt());
        assertThat(EventSchemas.violations(envelope(EventCatalog.FUNDING_SCHEDULE_COMPUTED, broken))).hasSize(3);
    }

    @Test
    void an_envelope_round_trips_and_satisfies_its_schemas() {
        CloudEvent event = EventCodec.envelope(EventCatalog.DOSSIER_SUBMITTED, "/cluster-registry", A.toString(), fullSubmission());
        CloudEvent read = EventCodec.read(EventCodec.write(event));

        assertThat(EventCodec.write(read)).isEqualTo(EventCodec.write(event));
        assertThat(read.time()).isEqualTo(event.time());
        assertThat(EventSchemas.violations(read)).isEmpty();
        DossierSubmittedV1 payload = EventCodec.payload(read, EventCatalog.DOSSIER_SUBMITTED);
        assertThat(payload).isEqualTo(fullSubmission());
        // money keeps its scale on the wire
        assertThat(payload.snapshot().animator().yearlyCost()).isEqualTo(new BigDecimal("90000.00"));
        assertThat(EventCodec.write(read)).contains("\"yearlyCost\":90000.00");
    }

    @Test
    void every_catalogued_event_has_a_schema_and_its_example_round_trips_and_validates() {
        assertThat(EventExamples.all().keySet()).containsExactlyInAnyOrderElementsOf(EventCatalog.all());
        EventExamples.all().forEach((type, payload) -> {
            assertThat(EventSchemas.class.getResource(type.schemaResource())).as(type.name()).isNotNull();
            CloudEvent event = EventCodec.read(EventCodec.write(envelope(type, payload)));
            assertThat(EventSchemas.violations(event)).as(type.name()).isEmpty();
            assertThat(EventCodec.payload(event, type)).as(type.name()).isEqualTo(payload);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> CloudEvent envelope(EventType<T> type, Object payload) {
        return EventCodec.envelope(type, "/test", A.toString(), (T) payload);
    }

    @Test
    void a_decision_departing_from_the_opinion_without_justification_breaks_its_schema() {
        assertThat(EventSchemas.violations(envelope(EventCatalog.DOSSIER_DECIDED, EventExamples.departingDecision(null)))).isNotEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.DOSSIER_DECIDED, EventExamples.departingDecision(" ")))).isNotEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.DOSSIER_DECIDED, EventExamples.departingDecision("Intérêt régional")))).isEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.DOSSIER_DECIDED, EventExamples.departingDecision("")))).isNotEmpty();
    }

    @Test
    void an_opinion_with_conditions_lists_them() {
        assertThat(EventSchemas.violations(envelope(EventCatalog.OPINION_ISSUED,
                EventExamples.opinion("FAVOURABLE_WITH_CONDITIONS", java.util.List.of())))).isNotEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.OPINION_ISSUED,
                EventExamples.opinion("FAVOURABLE", java.util.List.of())))).isEmpty();
    }

    @Test
    void an_opinion_names_its_consensus_method_and_threshold_and_one_without_them_stays_valid_v1() {
        be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1 full = EventExamples.opinion("FAVOURABLE", java.util.List.of());
        assertThat(full.consensusMethod()).isEqualTo("MEDIAN");
        assertThat(EventSchemas.violations(envelope(EventCatalog.OPINION_ISSUED, full))).isEmpty();
        be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1 older = new be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1(
                full.opinionId(), full.caseId(), full.dossierId(), 1, 1, "FAVOURABLE", full.findings(), java.util.List.of(),
                full.policyVersion(), full.issuedAt());
        assertThat(EventSchemas.violations(envelope(EventCatalog.OPINION_ISSUED, older))).isEmpty();
        be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1 wrong = new be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1(
                full.opinionId(), full.caseId(), full.dossierId(), 1, 1, "FAVOURABLE", full.findings(), java.util.List.of(),
                full.policyVersion(), full.issuedAt(), "MODE", new java.math.BigDecimal("7"));
        assertThat(EventSchemas.violations(envelope(EventCatalog.OPINION_ISSUED, wrong))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a_grape_or_pole_agrement_needs_no_animateur_and_an_older_grant_without_the_new_fields_stays_valid_v1() {
        be.wallonie.clusters.contracts.registry.AgrementGrantedV1 grape = EventExamples.grapeGrant();
        CloudEvent grapeEvent = EventCodec.read(EventCodec.write(envelope(EventCatalog.AGREMENT_GRANTED, grape)));
        assertThat(EventSchemas.violations(grapeEvent)).isEmpty();
        be.wallonie.clusters.contracts.registry.AgrementGrantedV1 read = EventCodec.payload(grapeEvent, EventCatalog.AGREMENT_GRANTED);
        assertThat(read).isEqualTo(grape);
        assertThat(read.animator()).isNull();
        assertThat(read.eligibleYearlyCosts()).isEqualTo(new BigDecimal("25000.00"));
        assertThat(EventCodec.write(grapeEvent)).contains("\"eligibleYearlyCosts\":25000.00");
        assertThat(read.coreGroupEnterpriseNumbers()).containsExactly("0403.170.701", "0202.239.951");
        // an enterprise number is written 0123.456.789
        be.wallonie.clusters.contracts.registry.AgrementGrantedV1 badNumber = new be.wallonie.clusters.contracts.registry.AgrementGrantedV1(
                grape.agrementId(), grape.dossierId(), grape.clusterName(), grape.scheme(), 1, grape.startDate(), grape.endDate(),
                grape.decisionId(), grape.beneficiary(), null, null, grape.grantedAt(), grape.eligibleYearlyCosts(),
                grape.coreGroupOrganisationIds(), List.of("0403170701", "0202.239.951"));
        assertThat(EventSchemas.violations(envelope(EventCatalog.AGREMENT_GRANTED, badNumber))).hasSize(1);

        // an older producer's payload: no eligibleYearlyCosts, no coreGroupOrganisationIds at all
        CloudEvent older = envelope(EventCatalog.AGREMENT_GRANTED, new be.wallonie.clusters.contracts.registry.AgrementGrantedV1(
                A, B, "Cluster Bois", "ECONOMIC_CLUSTER", 1, LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31), A,
                EventExamples.BENEFICIARY, EventExamples.ANIMATOR, null, EventExamples.NOW));
        ObjectNode data = (ObjectNode) older.data().deepCopy();
        data.remove("eligibleYearlyCosts");
        data.remove("coreGroupOrganisationIds");
        CloudEvent withoutFields = new CloudEvent(older.specversion(), older.id(), older.source(), older.type(), older.subject(),
                older.time(), older.datacontenttype(), data);
        assertThat(EventSchemas.violations(withoutFields)).isEmpty();
        be.wallonie.clusters.contracts.registry.AgrementGrantedV1 oldRead = EventCodec.payload(
                EventCodec.read(EventCodec.write(withoutFields)), EventCatalog.AGREMENT_GRANTED);
        assertThat(oldRead.eligibleYearlyCosts()).isNull();
        assertThat(oldRead.coreGroupOrganisationIds()).isNull();
        assertThat(oldRead.animator()).isEqualTo(EventExamples.ANIMATOR);
    }

    @Test
    void an_economic_cluster_agrement_without_its_animateur_or_a_pole_with_default_costs_breaks_its_schema() {
        be.wallonie.clusters.contracts.registry.AgrementGrantedV1 g = EventExamples.grapeGrant();
        be.wallonie.clusters.contracts.registry.AgrementGrantedV1 clusterWithoutPost = new be.wallonie.clusters.contracts.registry.AgrementGrantedV1(
                g.agrementId(), g.dossierId(), g.clusterName(), "ECONOMIC_CLUSTER", 1, g.startDate(), g.endDate(), g.decisionId(),
                g.beneficiary(), null, null, g.grantedAt(), new BigDecimal("25000.00"), g.coreGroupOrganisationIds());
        assertThat(EventSchemas.violations(envelope(EventCatalog.AGREMENT_GRANTED, clusterWithoutPost))).isNotEmpty();
        be.wallonie.clusters.contracts.registry.AgrementGrantedV1 poleWithCosts = new be.wallonie.clusters.contracts.registry.AgrementGrantedV1(
                g.agrementId(), g.dossierId(), "Biowin", "COMPETITIVENESS_POLE", 1, g.startDate(), g.endDate(), g.decisionId(),
                g.beneficiary(), null, new BigDecimal("100000.00"), g.grantedAt(), new BigDecimal("25000.00"), g.coreGroupOrganisationIds());
        assertThat(EventSchemas.violations(envelope(EventCatalog.AGREMENT_GRANTED, poleWithCosts))).isNotEmpty();
        be.wallonie.clusters.contracts.registry.AgrementGrantedV1 pole = new be.wallonie.clusters.contracts.registry.AgrementGrantedV1(
                g.agrementId(), g.dossierId(), "Biowin", "COMPETITIVENESS_POLE", 1, g.startDate(), g.endDate(), g.decisionId(),
                g.beneficiary(), null, new BigDecimal("100000.00"), g.grantedAt(), null, g.coreGroupOrganisationIds());
        assertThat(EventSchemas.violations(envelope(EventCatalog.AGREMENT_GRANTED, pole))).isEmpty();
        be.wallonie.clusters.contracts.registry.AgrementRenewedV1 renewalWithoutPost = new be.wallonie.clusters.contracts.registry.AgrementRenewedV1(
                A, B, g.dossierId(), g.clusterName(), "ECONOMIC_CLUSTER", 2, g.startDate(), g.endDate(), g.decisionId(),
                g.beneficiary(), null, null, g.grantedAt(), new BigDecimal("25000.00"), List.of(A, A));
        // no post for an economic cluster, and a core group naming one organisation twice
        assertThat(EventSchemas.violations(envelope(EventCatalog.AGREMENT_RENEWED, renewalWithoutPost))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void a_pole_project_has_a_known_kind_a_positive_budget_and_private_contributions_never_negative() {
        assertThat(EventSchemas.violations(envelope(EventCatalog.POLE_PROJECT_APPROVED,
                EventExamples.poleProject("TRAINING", new BigDecimal("50000.00"), BigDecimal.ZERO)))).isEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.POLE_PROJECT_APPROVED,
                EventExamples.poleProject("LOBBYING", new BigDecimal("50000.00"), BigDecimal.ZERO)))).hasSize(1);
        assertThat(EventSchemas.violations(envelope(EventCatalog.POLE_PROJECT_APPROVED,
                EventExamples.poleProject("INVESTMENT", BigDecimal.ZERO, new BigDecimal("-1.00"))))).hasSize(2);
    }

    @Test
    void a_preparation_support_ends_for_one_of_three_reasons_and_names_its_last_day() {
        for (String reason : List.of("AGREMENT_STARTED", "DOSSIER_REJECTED", "DOSSIER_WITHDRAWN")) {
            CloudEvent event = EventCodec.read(EventCodec.write(envelope(EventCatalog.PREPARATION_SUPPORT_ENDED,
                    EventExamples.supportEnded(reason))));
            assertThat(EventSchemas.violations(event)).as(reason).isEmpty();
            assertThat(EventCodec.payload(event, EventCatalog.PREPARATION_SUPPORT_ENDED)).isEqualTo(EventExamples.supportEnded(reason));
        }
        assertThat(EventSchemas.violations(envelope(EventCatalog.PREPARATION_SUPPORT_ENDED,
                EventExamples.supportEnded("DOSSIER_FORGOTTEN")))).isNotEmpty();
        CloudEvent event = envelope(EventCatalog.PREPARATION_SUPPORT_ENDED, EventExamples.supportEnded("DOSSIER_REJECTED"));
        ObjectNode data = (ObjectNode) event.data().deepCopy();
        data.remove("endDate");
        assertThat(EventSchemas.violations(new CloudEvent(event.specversion(), event.id(), event.source(), event.type(),
                event.subject(), event.time(), event.datacontenttype(), data))).hasSize(1);
    }

    @Test
    void a_preparation_support_carries_its_core_group_and_one_without_it_stays_valid_v1() {
        PreparationSupportGrantedV1 full = (PreparationSupportGrantedV1) EventExamples.all().get(EventCatalog.PREPARATION_SUPPORT_GRANTED);
        assertThat(full.coreGroupOrganisationIds()).containsExactly(B, EventExamples.EXPERT_1);
        PreparationSupportGrantedV1 older = new PreparationSupportGrantedV1(full.supportId(), full.dossierId(), full.clusterName(),
                full.startDate(), full.endDate(), full.beneficiary(), full.animator(), full.grantedBy(), full.grantedAt());
        assertThat(older.coreGroupOrganisationIds()).isEmpty();
        // an older producer's payload, without the field, validates and reads as an empty core group
        CloudEvent event = envelope(EventCatalog.PREPARATION_SUPPORT_GRANTED, full);
        ObjectNode data = (ObjectNode) event.data().deepCopy();
        data.remove("coreGroupOrganisationIds");
        CloudEvent fromOlder = EventCodec.read(EventCodec.write(new CloudEvent(event.specversion(), event.id(), event.source(),
                event.type(), event.subject(), event.time(), event.datacontenttype(), data)));
        assertThat(EventSchemas.violations(fromOlder)).isEmpty();
        assertThat(EventCodec.payload(fromOlder, EventCatalog.PREPARATION_SUPPORT_GRANTED)).isEqualTo(older);
        data.putArray("coreGroupOrganisationIds").add(42);
        assertThat(EventSchemas.violations(new CloudEvent(event.specversion(), event.id(), event.source(), event.type(),
                event.subject(), event.time(), event.datacontenttype(), data))).isNotEmpty();
    }

    @Test
    void a_closed_session_item_names_its_opinion_exactly_when_one_was_reached() {
        java.util.function.Function<be.wallonie.clusters.contracts.evaluation.ComiteSessionClosedV1.Item, CloudEvent> closed = item ->
                envelope(EventCatalog.COMITE_SESSION_CLOSED, new be.wallonie.clusters.contracts.evaluation.ComiteSessionClosedV1(
                        A, null, LocalDate.of(2026, 12, 10), 1, List.of(item), "secretariat-1",
                        OffsetDateTime.of(2026, 12, 10, 18, 0, 0, 0, ZoneOffset.UTC)));
        assertThat(EventSchemas.violations(closed.apply(new be.wallonie.clusters.contracts.evaluation.ComiteSessionClosedV1.Item(
                A, B, true, B, "UNFAVOURABLE", 0)))).isEmpty();
        assertThat(EventSchemas.violations(closed.apply(new be.wallonie.clusters.contracts.evaluation.ComiteSessionClosedV1.Item(
                A, B, true, null, null, 0)))).isNotEmpty();
        assertThat(EventSchemas.violations(closed.apply(new be.wallonie.clusters.contracts.evaluation.ComiteSessionClosedV1.Item(
                A, B, false, B, "FAVOURABLE", 0)))).isNotEmpty();
        assertThat(EventSchemas.violations(closed.apply(new be.wallonie.clusters.contracts.evaluation.ComiteSessionClosedV1.Item(
                A, B, false, null, null, -1)))).isNotEmpty();
    }

    /** The payload of an envelope with some fields removed, as an older producer (or a broken one) would write it. */
    private static CloudEvent without(CloudEvent event, String... fields) {
        ObjectNode data = (ObjectNode) event.data().deepCopy();
        for (String field : fields) {
            data.remove(field);
        }
        return new CloudEvent(event.specversion(), event.id(), event.source(), event.type(), event.subject(), event.time(),
                event.datacontenttype(), data);
    }

    @Test
    void a_follow_up_report_states_its_plan_execution_and_due_day_and_an_older_one_without_them_stays_valid_v1() {
        be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1 full = EventExamples.followUpAgainstThePlan();
        CloudEvent event = EventCodec.read(EventCodec.write(envelope(EventCatalog.FOLLOW_UP_REPORT_FILED, full)));
        assertThat(EventSchemas.violations(event)).isEmpty();
        assertThat(EventCodec.payload(event, EventCatalog.FOLLOW_UP_REPORT_FILED)).isEqualTo(full);
        assertThat(EventCodec.write(event)).contains("\"budgetSpent\":142350.00", "\"dueOn\":\"2027-03-31\"");

        // an older producer's payload: neither planExecution nor dueOn at all
        CloudEvent older = EventCodec.read(EventCodec.write(without(event, "planExecution", "dueOn")));
        assertThat(older.data().has("planExecution")).isFalse();
        assertThat(EventSchemas.violations(older)).isEmpty();
        be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1 read = EventCodec.payload(older, EventCatalog.FOLLOW_UP_REPORT_FILED);
        assertThat(read.planExecution()).isNull();
        assertThat(read.dueOn()).isNull();
        assertThat(read).isEqualTo(new be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1(full.reportId(), full.dossierId(),
                full.agrementId(), full.year(), full.version(), null, full.indicators(), full.filedBy(), full.filedAt()));
        // and one written through the old constructor (nulls on the wire) validates too
        assertThat(EventSchemas.violations(envelope(EventCatalog.FOLLOW_UP_REPORT_FILED, read))).isEmpty();

        // a negative count or a plan execution missing a field breaks the schema
        be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1 negative = new be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1(
                full.reportId(), full.dossierId(), full.agrementId(), full.year(), 1, null, full.indicators(), full.filedBy(),
                full.filedAt(), new be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1.PlanExecution(12, -1, 2, 1, 1,
                        new BigDecimal("180000.00"), new BigDecimal("142350.00"), 4, 3, 1, 1), full.dueOn());
        assertThat(EventSchemas.violations(envelope(EventCatalog.FOLLOW_UP_REPORT_FILED, negative))).isNotEmpty();
        ObjectNode data = (ObjectNode) event.data().deepCopy();
        ((ObjectNode) data.get("planExecution")).remove("conditionsMet");
        data.put("dueOn", "31/03/2027");
        assertThat(EventSchemas.violations(new CloudEvent(event.specversion(), event.id(), event.source(), event.type(),
                event.subject(), event.time(), event.datacontenttype(), data))).isNotEmpty();
    }

    @Test
    void a_cellule_avis_has_a_known_recommendation_language_and_criteria() {
        for (String recommendation : List.of("FAVOURABLE", "RESERVED", "UNFAVOURABLE")) {
            for (String language : List.of("fr", "en")) {
                assertThat(EventSchemas.violations(envelope(EventCatalog.CELLULE_AVIS_ISSUED, EventExamples.avis(recommendation, language))))
                        .as(recommendation + " " + language).isEmpty();
            }
        }
        assertThat(EventSchemas.violations(envelope(EventCatalog.CELLULE_AVIS_ISSUED, EventExamples.avis("FAVOURABLE_WITH_CONDITIONS", "fr"))))
                .hasSize(1);
        assertThat(EventSchemas.violations(envelope(EventCatalog.CELLULE_AVIS_ISSUED, EventExamples.avis("RESERVED", "nl")))).hasSize(1);
        be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1 a = EventExamples.avis("RESERVED", "fr");
        be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1 badCriterion = new be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1(
                a.avisId(), a.dossierId(), 1, 0, a.recommendation(), a.language(), a.informationNote(), a.summary(),
                List.of(new be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1.CriterionAvis("INNOVATION", "MOSTLY", "x")),
                a.writtenBy(), a.writtenAt());
        // avis version 0, an unknown criterion, an unknown assessment
        assertThat(EventSchemas.violations(envelope(EventCatalog.CELLULE_AVIS_ISSUED, badCriterion))).hasSize(3);
        be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1 noCriteria = new be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1(
                a.avisId(), a.dossierId(), 1, 1, a.recommendation(), a.language(), a.informationNote(), a.summary(), null,
                a.writtenBy(), a.writtenAt());
        assertThat(noCriteria.criteria()).isEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.CELLULE_AVIS_ISSUED, noCriteria))).isEmpty();
    }

    @Test
    void a_membership_carries_identities_only_and_an_ended_dossier_none() {
        CloudEvent event = EventCodec.read(EventCodec.write(envelope(EventCatalog.CLUSTER_MEMBERSHIP_CHANGED,
                EventExamples.membership("DRAFT", EventExamples.MEMBERS))));
        assertThat(EventSchemas.violations(event)).isEmpty();
        assertThat(event.data().get("members").get(0).properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("organisationId", "enterpriseNumber", "name", "country");
        assertThat(EventSchemas.violations(envelope(EventCatalog.CLUSTER_MEMBERSHIP_CHANGED,
                EventExamples.membership("ENDED", List.of())))).isEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.CLUSTER_MEMBERSHIP_CHANGED,
                EventExamples.membership("ENDED", EventExamples.MEMBERS)))).isNotEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.CLUSTER_MEMBERSHIP_CHANGED,
                EventExamples.membership("ARCHIVED", List.of())))).hasSize(1);
        // an enterprise number is written 0123.456.789, a country in two capital letters
        assertThat(EventSchemas.violations(envelope(EventCatalog.CLUSTER_MEMBERSHIP_CHANGED, EventExamples.membership("VALIDATED",
                List.of(new be.wallonie.clusters.contracts.registry.ClusterMembershipChangedV1.MemberIdentity(A, "0403170701", "Scierie A", "Belgique"))))))
                .hasSize(2);
    }

    @Test
    void an_accompaniment_act_is_on_a_project_or_a_dossier_and_a_project_that_became_a_dossier_names_it() {
        assertThat(EventSchemas.violations(envelope(EventCatalog.ACCOMPANIMENT_ACT_RECORDED, EventExamples.act(EventExamples.PROJECT, null)))).isEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.ACCOMPANIMENT_ACT_RECORDED, EventExamples.act(null, A)))).isEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.ACCOMPANIMENT_ACT_RECORDED, EventExamples.act(EventExamples.PROJECT, A)))).isEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.ACCOMPANIMENT_ACT_RECORDED, EventExamples.act(null, null)))).isNotEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.ACCOMPANIMENT_ACT_RECORDED, new be.wallonie.clusters.contracts.registry.AccompanimentActRecordedV1(
                B, null, A, "LUNCH", LocalDate.of(2026, 5, 12), -5, 2, "cellule-1", EventExamples.NOW)))).hasSize(2);

        assertThat(EventSchemas.violations(envelope(EventCatalog.ACCOMPANIED_PROJECT_CHANGED, EventExamples.project("OPEN", null)))).isEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.ACCOMPANIED_PROJECT_CHANGED, EventExamples.project("ABANDONED", null)))).isEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.ACCOMPANIED_PROJECT_CHANGED, EventExamples.project("BECAME_DOSSIER", A)))).isEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.ACCOMPANIED_PROJECT_CHANGED, EventExamples.project("BECAME_DOSSIER", null)))).isNotEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.ACCOMPANIED_PROJECT_CHANGED, EventExamples.project("OPEN", A)))).isNotEmpty();
        assertThat(EventSchemas.violations(without(envelope(EventCatalog.ACCOMPANIED_PROJECT_CHANGED,
                EventExamples.project("BECAME_DOSSIER", A)), "dossierId"))).isNotEmpty();
    }

    @Test
    void a_panel_names_the_avis_version_it_sees_or_none() {
        be.wallonie.clusters.contracts.evaluation.PanelComposedV1 withoutAvis = new be.wallonie.clusters.contracts.evaluation.PanelComposedV1(
                B, A, 1, 3, null, EventExamples.NOW);
        CloudEvent event = EventCodec.read(EventCodec.write(envelope(EventCatalog.PANEL_COMPOSED, withoutAvis)));
        assertThat(EventSchemas.violations(event)).isEmpty();
        assertThat(EventCodec.payload(event, EventCatalog.PANEL_COMPOSED).celluleAvisVersion()).isNull();
        assertThat(EventSchemas.violations(envelope(EventCatalog.PANEL_COMPOSED, new be.wallonie.clusters.contracts.evaluation.PanelComposedV1(
                B, A, 1, 0, 0, EventExamples.NOW)))).hasSize(2);
    }

    @Test
    void a_payment_names_its_line_keeps_two_decimals_and_may_be_a_reversal() {
        be.wallonie.clusters.contracts.funding.PaymentRecordedV1 reversal = EventExamples.payment("1/2/2027", new BigDecimal("-48250.00"));
        CloudEvent event = EventCodec.read(EventCodec.write(envelope(EventCatalog.PAYMENT_RECORDED, reversal)));
        assertThat(EventSchemas.violations(event)).isEmpty();
        assertThat(EventCodec.payload(event, EventCatalog.PAYMENT_RECORDED)).isEqualTo(reversal);
        assertThat(EventCodec.write(event)).contains("\"amount\":-48250.00");
        assertThat(EventSchemas.violations(envelope(EventCatalog.PAYMENT_RECORDED,
                EventExamples.payment("1/2/2027", new BigDecimal("0.10"))))).isEmpty();
        assertThat(EventSchemas.violations(envelope(EventCatalog.PAYMENT_RECORDED,
                EventExamples.payment("1/2/2027", new BigDecimal("100.005"))))).hasSize(1);
        assertThat(EventSchemas.violations(envelope(EventCatalog.PAYMENT_RECORDED,
                EventExamples.payment("1-2-2027", new BigDecimal("100.00"))))).hasSize(1);
        assertThat(EventSchemas.violations(without(envelope(EventCatalog.PAYMENT_RECORDED,
                EventExamples.payment("1/2/2027", new BigDecimal("100.00"))), "reference"))).hasSize(1);
    }

    @Test
    void a_payload_that_breaks_its_schema_is_caught() {
        CloudEvent event = EventCodec.envelope(EventCatalog.DOSSIER_SUBMITTED, "/cluster-registry", A.toString(), fullSubmission());
        ObjectNode data = (ObjectNode) event.data().deepCopy();
        ((ObjectNode) data.get("snapshot")).put("scheme", "BANANA");
        data.remove("submittedBy");
        CloudEvent broken = new CloudEvent(event.specversion(), event.id(), event.source(), event.type(), event.subject(),
                event.time(), event.datacontenttype(), data);

        assertThat(EventSchemas.violations(broken)).hasSize(2);
        assertThatThrownBy(() -> EventSchemas.requireValid(broken)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readers_tolerate_unknown_fields() {
        String json = EventCodec.write(EventCodec.envelope(EventCatalog.EVALUATION_OPENED, "/evaluation-service", B.toString(),
                new EvaluationOpenedV1(B, A, 1, 1, OffsetDateTime.now(ZoneOffset.UTC))))
                .replace("\"round\":1", "\"round\":1,\"addedLater\":\"ignored\"");
        CloudEvent event = EventCodec.read(json.replace("\"specversion\"", "\"extension\":\"x\",\"specversion\""));
        assertThat(EventCodec.payload(event, EventCatalog.EVALUATION_OPENED).round()).isEqualTo(1);
    }

    @Test
    void unreadable_messages_are_reported_as_malformed() {
        assertThatThrownBy(() -> EventCodec.read("{not json")).isInstanceOf(EventCodec.MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.read("{\"id\":\"x\",\"source\":\"/a\",\"type\":\"t\"}"))
                .isInstanceOf(EventCodec.MalformedEventException.class);
    }

    @Test
    void type_names_are_versioned() {
        assertThatThrownBy(() -> new EventType<>("be.wallonie.clusters.registry.DossierSubmitted", Topics.REGISTRY_EVENTS, String.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_asyncapi_document_describes_every_topic_and_every_event() throws Exception {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/contracts/asyncapi.yaml")) {
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<String> addresses = new ArrayList<>();
        doc.get("channels").forEach(c -> addresses.add(c.get("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.all().stream().map(Topics.TopicSpec::name).toList());

        List<String> messages = new ArrayList<>();
        doc.get("components").get("messages").forEach(m -> messages.add(m.get("name").asText()));
        assertThat(messages).containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventType::name).toList());

        for (EventType<?> type : EventCatalog.all()) {
            boolean onItsChannel = false;
            for (JsonNode channel : doc.get("channels")) {
                if (channel.get("address").asText().equals(type.topic())) {
                    onItsChannel = channel.get("messages").toString().contains(type.payloadClass().getSimpleName());
                }
            }
            assertThat(onItsChannel).as(type.name() + " on " + type.topic()).isTrue();
        }
    }
}
