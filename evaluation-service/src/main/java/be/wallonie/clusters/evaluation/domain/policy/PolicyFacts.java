package be.wallonie.clusters.evaluation.domain.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
        List<AccompanimentAct> accompanimentActs, List<AccompaniedProject> accompaniedProjects, List<CelluleAvis> celluleAvis,
        List<Payment> payments, Instant lastReceivedAt) {

    public PolicyFacts {
        submissions = List.copyOf(submissions);
        opinions = List.copyOf(opinions);
        decisions = List.copyOf(decisions);
        agrements = List.copyOf(agrements);
        fundingSchedules = List.copyOf(fundingSchedules);
        followUpReports = List.copyOf(followUpReports);
        accompanimentActs = List.copyOf(accompanimentActs);
        accompaniedProjects = List.copyOf(accompaniedProjects);
        celluleAvis = List.copyOf(celluleAvis);
        payments = List.copyOf(payments);
    }

    /** The facts of the first method version (no Cellule work, no payments). */
    public PolicyFacts(List<Submission> submissions, List<Opinion> opinions, List<Decision> decisions,
            List<AgrementFact> agrements, List<FundingSchedule> fundingSchedules, List<FollowUpReport> followUpReports,
            Instant lastReceivedAt) {
        this(submissions, opinions, decisions, agrements, fundingSchedules, followUpReports, List.of(), List.of(), List.of(),
                List.of(), lastReceivedAt);
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

    /**
     * An agrément granted, renewed or expired.
     *
     * @param startsOn the agrément's first day (granted, renewed); null for an expiry and for facts recorded before the
     *                 days were kept
     * @param endsOn   its last day (granted, renewed: as planned; expired: the last day covered); null when unknown
     */
    public record AgrementFact(UUID agrementId, AgrementEvent kind, UUID dossierId, int periodNumber, Instant occurredAt,
            LocalDate startsOn, LocalDate endsOn) {
        public AgrementFact {
            Objects.requireNonNull(agrementId, "agrementId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        public AgrementFact(UUID agrementId, AgrementEvent kind, UUID dossierId, int periodNumber, Instant occurredAt) {
            this(agrementId, kind, dossierId, periodNumber, occurredAt, null, null);
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
            Instant filedAt, PlanExecution planExecution, LocalDate dueOn) {
        public FollowUpReport {
            Objects.requireNonNull(dossierId, "dossierId");
            Objects.requireNonNull(filedAt, "filedAt");
            indicators = Map.copyOf(indicators);
        }

        /** A report without plan data nor due day (older payloads). */
        public FollowUpReport(UUID reportId, int version, UUID dossierId, int year, Map<String, BigDecimal> indicators,
                Instant filedAt) {
            this(reportId, version, dossierId, year, indicators, filedAt, null, null);
        }
    }

    /**
     * A follow-up report's account of the plan the Comité judged: actions, budget, expected gains, the opinion's
     * conditions. Counts and amounts are non-negative.
     */
    public record PlanExecution(int actionsPlanned, int carriedOut, int ongoing, int postponed, int dropped,
            BigDecimal budgetPlanned, BigDecimal budgetSpent, int gainsTargeted, int gainsAchieved, int conditionsTotal,
            int conditionsMet) {
        public PlanExecution {
            Objects.requireNonNull(budgetPlanned, "budgetPlanned");
            Objects.requireNonNull(budgetSpent, "budgetSpent");
            if (actionsPlanned < 0 || carriedOut < 0 || ongoing < 0 || postponed < 0 || dropped < 0 || gainsTargeted < 0
                    || gainsAchieved < 0 || conditionsTotal < 0 || conditionsMet < 0 || budgetPlanned.signum() < 0
                    || budgetSpent.signum() < 0) {
                throw new IllegalArgumentException("plan execution counts and amounts are non-negative");
            }
        }
    }

    /**
     * One act of the Cellule's accompaniment, as last recorded (a corrected act replaces its earlier version).
     *
     * @param projectId the accompanied project, or null
     * @param dossierId the accompanied dossier, or null (at least one of the two is set)
     * @param cancelled the Cellule cancelled it: kept, not counted
     */
    public record AccompanimentAct(UUID actId, UUID projectId, UUID dossierId, AccompanimentKind kind, LocalDate date,
            int minutesSpent, int organisationCount, Instant recordedAt, boolean cancelled) {
        public AccompanimentAct {
            Objects.requireNonNull(actId, "actId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(recordedAt, "recordedAt");
            if (projectId == null && dossierId == null) {
                throw new IllegalArgumentException("an act is on a project or a dossier");
            }
            if (minutesSpent < 0 || organisationCount < 0) {
                throw new IllegalArgumentException("time spent and organisations are non-negative");
            }
        }
    }

    /** A project accompanied before any dossier exists, as it stands (its highest version). */
    public record AccompaniedProject(UUID projectId, int version, ProjectStatus status, LocalDate firstContactOn,
            UUID dossierId, Instant changedAt) {
        public AccompaniedProject {
            Objects.requireNonNull(projectId, "projectId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(firstContactOn, "firstContactOn");
            Objects.requireNonNull(changedAt, "changedAt");
            if ((status == ProjectStatus.BECAME_DOSSIER) != (dossierId != null)) {
                throw new IllegalArgumentException("a project names its dossier exactly when it became one");
            }
        }
    }

    /** One version of the Cellule's avis on a submitted snapshot. */
    public record CelluleAvis(UUID avisId, UUID dossierId, int snapshotVersion, int avisVersion,
            AvisRecommendation recommendation, Instant writtenAt) {
        public CelluleAvis {
            Objects.requireNonNull(avisId, "avisId");
            Objects.requireNonNull(dossierId, "dossierId");
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(writtenAt, "writtenAt");
        }
    }

    /** A payment the Region made against a line of a funding schedule; a reversal is negative. */
    public record Payment(UUID paymentId, UUID dossierId, UUID fileId, int budgetYear, BigDecimal amount, LocalDate paidOn) {
        public Payment {
            Objects.requireNonNull(paymentId, "paymentId");
            Objects.requireNonNull(dossierId, "dossierId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(paidOn, "paidOn");
        }
    }

    public enum AccompanimentKind {
        MEETING, INFORMATION_SESSION, FORMALISATION_HELP, PARTNER_SEARCH, EXPERIENCE_EXCHANGE, REFERRAL_TO_OTHER_AID
    }

    public enum ProjectStatus {
        OPEN, BECAME_DOSSIER, ABANDONED
    }

    /** The Cellule's recommendation; {@code RESERVED} leans favourable (with reservations). */
    public enum AvisRecommendation {
        FAVOURABLE, RESERVED, UNFAVOURABLE;

        /** The opinion kind this avis recommends in substance. */
        public OpinionKind matchingOpinion() {
            return switch (this) {
                case FAVOURABLE -> OpinionKind.FAVOURABLE;
                case RESERVED -> OpinionKind.FAVOURABLE_WITH_CONDITIONS;
                case UNFAVOURABLE -> OpinionKind.UNFAVOURABLE;
            };
        }

        public boolean favourable() {
            return this != UNFAVOURABLE;
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
