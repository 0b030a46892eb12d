package be.wallonie.clusters.evaluation.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.EventType;
import be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1;
import be.wallonie.clusters.contracts.funding.FundingScheduleComputedV1;
import be.wallonie.clusters.contracts.funding.PaymentRecordedV1;
import be.wallonie.clusters.contracts.registry.AccompaniedProjectChangedV1;
import be.wallonie.clusters.contracts.registry.AccompanimentActRecordedV1;
import be.wallonie.clusters.contracts.registry.AgrementGrantedV1;
import be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1;
import be.wallonie.clusters.contracts.registry.ClusterPartiesV1;
import be.wallonie.clusters.contracts.registry.DossierDecidedV1;
import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events as their producers publish them (each checked against its schema), for the projection's tests. */
final class PolicyEvents {

    private PolicyEvents() {
    }

    static <T> CloudEvent event(EventType<T> type, String source, UUID subject, T payload) {
        CloudEvent e = EventCodec.envelope(type, source, subject.toString(), payload);
        assertThat(EventSchemas.violations(e)).as(type.name()).isEmpty();
        return e;
    }

    static CloudEvent submitted(UUID dossierId, int version, String scheme, String at) {
        DossierSnapshotV1 snapshot = new DossierSnapshotV1("Cluster " + dossierId.toString().substring(0, 8), "CL", scheme, "VALIDATION",
                new DossierSnapshotV1.Focus("MARKET", "énergie durable", null),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);
        return event(EventCatalog.DOSSIER_SUBMITTED, "/cluster-registry", dossierId,
                new DossierSubmittedV1(dossierId, version, null, null, OffsetDateTime.parse(at), "applicant-1", snapshot));
    }

    static CloudEvent opinion(UUID caseId, UUID dossierId, int version, String opinion, String at) {
        return event(EventCatalog.OPINION_ISSUED, "/evaluation-service", dossierId, new OpinionIssuedV1(UUID.randomUUID(), caseId,
                dossierId, version, 1, opinion,
                List.of(new OpinionIssuedV1.Finding("CRITICAL_MASS", true, new BigDecimal("3.67"), "Masse critique atteinte", null)),
                opinion.equals("FAVOURABLE_WITH_CONDITIONS") ? List.of("Engager un animateur") : List.of(), "criteria-1",
                OffsetDateTime.parse(at)));
    }

    static CloudEvent decided(UUID dossierId, String outcome, String opinion, String at) {
        boolean departs = outcome.equals("VALIDATED") == opinion.equals("UNFAVOURABLE");
        return event(EventCatalog.DOSSIER_DECIDED, "/cluster-registry", dossierId, new DossierDecidedV1(UUID.randomUUID(), dossierId, 1,
                "ECONOMIC_CLUSTER", outcome, UUID.randomUUID(), opinion, departs, departs ? "Intérêt régional majeur" : null,
                "region-1", OffsetDateTime.parse(at)));
    }

    static CloudEvent granted(UUID dossierId, String at) {
        return event(EventCatalog.AGREMENT_GRANTED, "/cluster-registry", dossierId, new AgrementGrantedV1(UUID.randomUUID(), dossierId,
                "Cluster", "ECONOMIC_CLUSTER", 1, LocalDate.parse(at.substring(0, 10)), LocalDate.parse(at.substring(0, 10)).plusYears(3)
                        .minusDays(1), UUID.randomUUID(), new ClusterPartiesV1.Beneficiary(UUID.randomUUID(), "0403.170.701", "Cluster ASBL"),
                new ClusterPartiesV1.AnimatorPost(new BigDecimal("1.0"), LocalDate.parse(at.substring(0, 10)), new BigDecimal("150000.00")),
                null, OffsetDateTime.parse(at)));
    }

    /** A schedule version with one line per year, each granting {@code amount}. */
    static CloudEvent schedule(UUID fileId, UUID dossierId, int version, String amount, int... years) {
        List<FundingScheduleComputedV1.Line> lines = java.util.Arrays.stream(years).mapToObj(y -> new FundingScheduleComputedV1.Line(y, 1,
                LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), 365, new BigDecimal(amount), BigDecimal.ONE, new BigDecimal("160000.00"),
                new BigDecimal(amount), BigDecimal.ZERO.setScale(2))).toList();
        BigDecimal total = new BigDecimal(amount).multiply(BigDecimal.valueOf(years.length));
        return event(EventCatalog.FUNDING_SCHEDULE_COMPUTED, "/funding-service", dossierId, new FundingScheduleComputedV1(fileId, dossierId,
                version, "CLUSTER_ANIMATOR", "defaults-1", "AgrementGranted", "EUR", total, total, lines,
                OffsetDateTime.parse("2031-04-02T10:00:00Z").plusDays(version)));
    }

    static CloudEvent followUp(UUID reportId, UUID dossierId, int year, int version, String jobs, int patents) {
        return event(EventCatalog.FOLLOW_UP_REPORT_FILED, "/cluster-registry", dossierId, new FollowUpReportFiledV1(reportId, dossierId,
                UUID.randomUUID(), year, version, version == 1 ? null : "Erreur de saisie",
                new FollowUpReportFiledV1.Indicators(Map.of("ENTERPRISE", 20), Map.of("SMALL", 20), 1, 0, 3, 2, 1, patents, 0, 1,
                        new BigDecimal(jobs), new BigDecimal("1000000"), new BigDecimal("200000"), new BigDecimal("50")),
                "applicant-1", OffsetDateTime.of(year + 1, 2, version, 10, 0, 0, 0, java.time.ZoneOffset.UTC)));
    }

    static CloudEvent act(UUID actId, UUID projectId, UUID dossierId, String kind, String date, int minutes, int organisations,
            String recordedAt) {
        return event(EventCatalog.ACCOMPANIMENT_ACT_RECORDED, "/cluster-registry", projectId != null ? projectId : dossierId,
                new AccompanimentActRecordedV1(actId, projectId, dossierId, kind, LocalDate.parse(date), minutes, organisations,
                        "cellule-1", OffsetDateTime.parse(recordedAt)));
    }

    static CloudEvent project(UUID projectId, int version, String status, String firstContactOn, UUID dossierId, String at) {
        return event(EventCatalog.ACCOMPANIED_PROJECT_CHANGED, "/cluster-registry", projectId, new AccompaniedProjectChangedV1(projectId,
                version, status, LocalDate.parse(firstContactOn), dossierId, OffsetDateTime.parse(at)));
    }

    static CloudEvent avis(UUID avisId, UUID dossierId, int avisVersion, String recommendation, String writtenAt) {
        return event(EventCatalog.CELLULE_AVIS_ISSUED, "/cluster-registry", dossierId, new CelluleAvisIssuedV1(avisId, dossierId, 1,
                avisVersion, recommendation, "fr", "Note d'information", "Avis de la Cellule",
                List.of(new CelluleAvisIssuedV1.CriterionAvis("CRITICAL_MASS", "MET", "Masse critique atteinte")), "cellule-1",
                OffsetDateTime.parse(writtenAt)));
    }

    static CloudEvent payment(UUID dossierId, UUID fileId, int budgetYear, String amount, String paidOn, String reference) {
        return event(EventCatalog.PAYMENT_RECORDED, "/funding-service", dossierId, new PaymentRecordedV1(UUID.randomUUID(), dossierId,
                fileId, 1, 1, 1, budgetYear, "1/1/" + budgetYear, new BigDecimal(amount), LocalDate.parse(paidOn), reference, "region-1",
                OffsetDateTime.parse(paidOn + "T12:00:00Z")));
    }

    /** A first filing with the plan's execution (or none: an older producer's payload) and its due day. */
    static CloudEvent followUpAgainstPlan(UUID dossierId, int year, FollowUpReportFiledV1.PlanExecution plan, String dueOn,
            String filedAt) {
        return event(EventCatalog.FOLLOW_UP_REPORT_FILED, "/cluster-registry", dossierId, new FollowUpReportFiledV1(UUID.randomUUID(),
                dossierId, UUID.randomUUID(), year, 1, null,
                new FollowUpReportFiledV1.Indicators(Map.of("ENTERPRISE", 20), Map.of("SMALL", 20), 1, 0, 3, 2, 1, 0, 0, 1,
                        new BigDecimal("12"), new BigDecimal("1000000"), new BigDecimal("200000"), new BigDecimal("50")),
                "applicant-1", OffsetDateTime.parse(filedAt), plan, dueOn == null ? null : LocalDate.parse(dueOn)));
    }
}
