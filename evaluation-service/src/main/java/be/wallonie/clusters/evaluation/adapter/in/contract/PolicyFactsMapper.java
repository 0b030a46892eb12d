package be.wallonie.clusters.evaluation.adapter.in.contract;

import be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1;
import be.wallonie.clusters.contracts.funding.FundingScheduleComputedV1;
import be.wallonie.clusters.contracts.funding.PaymentRecordedV1;
import be.wallonie.clusters.contracts.registry.AccompaniedProjectChangedV1;
import be.wallonie.clusters.contracts.registry.AccompanimentActRecordedV1;
import be.wallonie.clusters.contracts.registry.AgrementExpiredV1;
import be.wallonie.clusters.contracts.registry.AgrementGrantedV1;
import be.wallonie.clusters.contracts.registry.AgrementRenewedV1;
import be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1;
import be.wallonie.clusters.contracts.registry.DossierDecidedV1;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Events as facts of the policy evaluation. A payload missing what the fact needs is invalid
 * ({@link IllegalArgumentException}): it is not retried and goes to the dead-letter topic.
 */
public final class PolicyFactsMapper {

    private PolicyFactsMapper() {
    }

    public static PolicyFacts.Submission submission(DossierSubmittedV1 e) {
        return valid("DossierSubmitted", () -> new PolicyFacts.Submission(e.dossierId(), e.snapshotVersion(),
                e.snapshot().scheme(), instant(e.submittedAt())));
    }

    public static PolicyFacts.Opinion opinion(OpinionIssuedV1 e) {
        return valid("OpinionIssued", () -> new PolicyFacts.Opinion(e.opinionId(), e.caseId(), e.dossierId(), e.snapshotVersion(),
                PolicyFacts.OpinionKind.valueOf(e.opinion()), instant(e.issuedAt())));
    }

    public static PolicyFacts.Decision decision(DossierDecidedV1 e) {
        return valid("DossierDecided", () -> new PolicyFacts.Decision(e.decisionId(), e.dossierId(), e.snapshotVersion(), e.scheme(),
                PolicyFacts.DecisionOutcome.valueOf(e.outcome()),
                e.opinion() == null ? null : PolicyFacts.OpinionKind.valueOf(e.opinion()), e.departsFromOpinion(),
                instant(e.decidedAt())));
    }

    public static PolicyFacts.AgrementFact granted(AgrementGrantedV1 e) {
        return valid("AgrementGranted", () -> new PolicyFacts.AgrementFact(e.agrementId(), PolicyFacts.AgrementEvent.GRANTED,
                e.dossierId(), e.periodNumber(), instant(e.grantedAt()), e.startDate(), e.endDate()));
    }

    public static PolicyFacts.AgrementFact renewed(AgrementRenewedV1 e) {
        return valid("AgrementRenewed", () -> new PolicyFacts.AgrementFact(e.agrementId(), PolicyFacts.AgrementEvent.RENEWED,
                e.dossierId(), e.periodNumber(), instant(e.renewedAt()), e.startDate(), e.endDate()));
    }

    public static PolicyFacts.AgrementFact expired(AgrementExpiredV1 e) {
        return valid("AgrementExpired", () -> new PolicyFacts.AgrementFact(e.agrementId(), PolicyFacts.AgrementEvent.EXPIRED,
                e.dossierId(), e.periodNumber(), instant(e.expiredAt()), null, e.endDate()));
    }

    public static PolicyFacts.FundingSchedule schedule(FundingScheduleComputedV1 e) {
        return valid("FundingScheduleComputed", () -> new PolicyFacts.FundingSchedule(e.fileId(), e.scheduleVersion(), e.dossierId(),
                e.scheme(), e.lines().stream().map(l -> new PolicyFacts.FundingLine(l.budgetYear(), l.granted())).toList(),
                instant(e.computedAt())));
    }

    /** The indicators by name: the counts and amounts, and the breakdowns as {@code membersByKind.ENTERPRISE}, … */
    public static PolicyFacts.FollowUpReport followUp(FollowUpReportFiledV1 e) {
        return valid("FollowUpReportFiled", () -> {
            FollowUpReportFiledV1.Indicators i = e.indicators();
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            breakdown(values, "membersByKind", i.membersByKind());
            breakdown(values, "enterprisesBySize", i.enterprisesBySize());
            values.put("jointProjectsStarted", BigDecimal.valueOf(i.jointProjectsStarted()));
            values.put("jointProjectsCompleted", BigDecimal.valueOf(i.jointProjectsCompleted()));
            values.put("genericActions", BigDecimal.valueOf(i.genericActions()));
            values.put("targetedActions", BigDecimal.valueOf(i.targetedActions()));
            values.put("innovations", BigDecimal.valueOf(i.innovations()));
            values.put("patentsFiled", BigDecimal.valueOf(i.patentsFiled()));
            values.put("companiesCreated", BigDecimal.valueOf(i.companiesCreated()));
            values.put("internationalisationActions", BigDecimal.valueOf(i.internationalisationActions()));
            put(values, "jobs", i.jobs());
            put(values, "turnover", i.turnover());
            put(values, "exports", i.exports());
            put(values, "trainingDays", i.trainingDays());
            FollowUpReportFiledV1.PlanExecution p = e.planExecution();
            PolicyFacts.PlanExecution plan = p == null ? null : new PolicyFacts.PlanExecution(p.actionsPlanned(), p.carriedOut(),
                    p.ongoing(), p.postponed(), p.dropped(), p.budgetPlanned(), p.budgetSpent(), p.gainsTargeted(), p.gainsAchieved(),
                    p.conditionsTotal(), p.conditionsMet());
            return new PolicyFacts.FollowUpReport(e.reportId(), e.version(), e.dossierId(), e.year(), values, instant(e.filedAt()),
                    plan, e.dueOn());
        });
    }

    public static PolicyFacts.AccompanimentAct act(AccompanimentActRecordedV1 e) {
        return valid("AccompanimentActRecorded", () -> new PolicyFacts.AccompanimentAct(e.actId(), e.projectId(), e.dossierId(),
                PolicyFacts.AccompanimentKind.valueOf(e.kind()), e.date(), e.minutesSpent(), e.organisationCount(),
                instant(e.recordedAt()), e.cancelled()));
    }

    public static PolicyFacts.AccompaniedProject project(AccompaniedProjectChangedV1 e) {
        return valid("AccompaniedProjectChanged", () -> new PolicyFacts.AccompaniedProject(e.projectId(), e.version(),
                PolicyFacts.ProjectStatus.valueOf(e.status()), e.firstContactOn(), e.dossierId(), instant(e.changedAt())));
    }

    public static PolicyFacts.CelluleAvis avis(CelluleAvisIssuedV1 e) {
        return valid("CelluleAvisIssued", () -> new PolicyFacts.CelluleAvis(e.avisId(), e.dossierId(), e.snapshotVersion(),
                e.avisVersion(), PolicyFacts.AvisRecommendation.valueOf(e.recommendation()), instant(e.writtenAt())));
    }

    public static PolicyFacts.Payment payment(PaymentRecordedV1 e) {
        return valid("PaymentRecorded", () -> new PolicyFacts.Payment(e.paymentId(), e.dossierId(), e.fileId(), e.budgetYear(),
                e.amount(), e.paidOn()));
    }

    private static void breakdown(Map<String, BigDecimal> values, String prefix, Map<String, Integer> counts) {
        if (counts != null) {
            counts.forEach((k, v) -> {
                if (v != null) {
                    values.put(prefix + "." + k, BigDecimal.valueOf(v));
                }
            });
        }
    }

    private static void put(Map<String, BigDecimal> values, String name, BigDecimal value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private static java.time.Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static <T> T valid(String event, Supplier<T> fact) {
        try {
            return fact.get();
        } catch (NullPointerException e) {
            throw new IllegalArgumentException(event + " lacks a field the policy evaluation needs: " + e.getMessage(), e);
        }
    }
}
