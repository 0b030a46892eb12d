package be.wallonie.clusters.evaluation.domain.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Everything the Comité learnt by event that a policy evaluation counts: the projection, read whole.
 *
 * @param lastReceivedAt when the newest of these facts arrived (null when there is none)
 */
public record PolicyFacts(List<Submission> submissions, List<Opinion> opinions, List<Decision> decisions,
        List<AgrementFact> agrements, List<FundingSchedule> fundingSchedules, List<FollowUpReport> followUpReports,
        Instant lastReceivedAt) {

    public PolicyFacts {
        submissions = List.copyOf(submissions);
        opinions = List.copyOf(opinions);
        decisions = List.copyOf(decisions);
        agrements = List.copyOf(agrements);
        fundingSchedules = List.copyOf(fundingSchedules);
        followUpReports = List.copyOf(followUpReports);
    }

    public static PolicyFacts none() {
        return new PolicyFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
    }

    /** A dossier snapshot submitted to the call, with the scheme applied for. */
    public record Submission(UUID dossierId, int snapshotVersion, String scheme, Instant submittedAt) {
        public Submission {
            Objects.requireNonNull(dossierId, "dossierId");
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(submittedAt, "submittedAt");
        }
    }

    /** The Comité's opinion on one snapshot. */
    public record Opinion(UUID opinionId, UUID caseId, UUID dossierId, int snapshotVersion, OpinionKind opinion, Instant issuedAt) {
        public Opinion {
            Objects.requireNonNull(opinionId, "opinionId");
            Objects.requireNonNull(dossierId, "dossierId");
            Objects.requireNonNull(opinion, "opinion");
            Objects.requireNonNull(issuedAt, "issuedAt");
        }
    }

    /** The Region's decision, with the opinion it follows or departs from (null when none was given). */
    public record Decision(UUID decisionId, UUID dossierId, int snapshotVersion, String scheme, DecisionOutcome outcome,
            OpinionKind opinion, boolean departsFromOpinion, Instant decidedAt) {
        public Decision {
            Objects.requireNonNull(decisionId, "decisionId");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(decidedAt, "decidedAt");
        }
    }

    /** An agrément granted, renewed or expired. */
    public record AgrementFact(UUID agrementId, AgrementEvent kind, UUID dossierId, int periodNumber, Instant occurredAt) {
        public AgrementFact {
            Objects.requireNonNull(agrementId, "agrementId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /** One version of a funding schedule: the Region's amount per budget year. */
    public record FundingSchedule(UUID fileId, int scheduleVersion, UUID dossierId, String scheme, List<FundingLine> lines,
            Instant computedAt) {
        public FundingSchedule {
            Objects.requireNonNull(dossierId, "dossierId");
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(computedAt, "computedAt");
            lines = List.copyOf(lines);
        }
    }

    public record FundingLine(int budgetYear, BigDecimal granted) {
        public FundingLine {
            Objects.requireNonNull(granted, "granted");
        }
    }

    /**
     * One version of a cluster's yearly follow-up report.
     *
     * @param indicators by name ({@code jobs}, {@code patentsFiled}, {@code membersByKind.ENTERPRISE}, …)
     */
    public record FollowUpReport(UUID reportId, int version, UUID dossierId, int year, Map<String, BigDecimal> indicators,
            Instant filedAt) {
        public FollowUpReport {
            Objects.requireNonNull(dossierId, "dossierId");
            Objects.requireNonNull(filedAt, "filedAt");
            indicators = Map.copyOf(indicators);
        }
    }

    public enum OpinionKind {
        FAVOURABLE, FAVOURABLE_WITH_CONDITIONS, UNFAVOURABLE;

        public boolean favourable() {
            return this != UNFAVOURABLE;
        }
    }

    public enum DecisionOutcome {
        VALIDATED, REJECTED
    }

    public enum AgrementEvent {
        GRANTED, RENEWED, EXPIRED
    }
}
