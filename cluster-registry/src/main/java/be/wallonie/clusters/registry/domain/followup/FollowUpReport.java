package be.wallonie.clusters.registry.domain.followup;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A validated cluster's yearly follow-up report (domain.md §3): one per calendar year inside one of its agréments;
 * a later filing for the same year is a correction with its reason, kept as version 2, 3… Besides the indicators, a
 * report accounts for the plan the Comité judged ({@link PlanReport}, checked against the agrément's {@link JudgedPlan}).
 *
 * @param plan the account of the judged plan, echoed; null for reports filed before it was asked
 */
public record FollowUpReport(UUID id, UUID dossierId, UUID agrementId, int year, int version, String correctionReason,
        Indicators indicators, String filedBy, Instant filedAt, PlanReport plan) {

    /** A report without an account of the plan (filed before it was asked). */
    public FollowUpReport(UUID id, UUID dossierId, UUID agrementId, int year, int version, String correctionReason,
            Indicators indicators, String filedBy, Instant filedAt) {
        this(id, dossierId, agrementId, year, version, correctionReason, indicators, filedBy, filedAt, null);
    }

    static final int MAX_REASON = 2000;

    public FollowUpReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(agrementId, "agrementId");
        Objects.requireNonNull(indicators, "indicators");
        if (version < 1 || (version > 1 && (correctionReason == null || correctionReason.isBlank()))) {
            throw new IllegalArgumentException("a correction (version > 1) says why");
        }
    }

    /**
     * The first report of a year.
     *
     * @param agrements the cluster's agréments (any status: a year of an agrément now expired or renewed is still reported)
     * @param today     a year not yet started cannot be reported
     * @param plans     the plan judged for an agrément (empty when the year falls in no agrément)
     * @throws InvalidFollowUpReportException naming every offending field
     */
    public static FollowUpReport file(UUID dossierId, int year, Indicators indicators, PlanReport plan, List<Agrement> agrements,
            Function<Agrement, JudgedPlan> plans, LocalDate today, String by, Instant at) {
        Checked c = check(year, indicators, plan, null, false, agrements, plans, today);
        return new FollowUpReport(UUID.randomUUID(), dossierId, c.agrement().id(), year, 1, null, indicators, by, at, c.plan());
    }

    /** The next version of a year's report, which must say why it corrects the previous one. */
    public FollowUpReport correct(Indicators corrected, PlanReport plan, String reason, List<Agrement> agrements,
            Function<Agrement, JudgedPlan> plans, LocalDate today, String by, Instant at) {
        Checked c = check(year, corrected, plan, reason, true, agrements, plans, today);
        return new FollowUpReport(UUID.randomUUID(), dossierId, c.agrement().id(), year, version + 1, reason.strip(), corrected, by,
                at, c.plan());
    }

    /** The figures of the report's account of the plan; empty for a report filed before it was asked. */
    public Optional<PlanExecution> planExecution() {
        return Optional.ofNullable(plan).map(PlanExecution::of);
    }

    private record Checked(Agrement agrement, PlanReport plan) {
    }

    private static Checked check(int year, Indicators indicators, PlanReport plan, String reason, boolean correction,
            List<Agrement> agrements, Function<Agrement, JudgedPlan> plans, LocalDate today) {
        List<ReportViolation> violations = new ArrayList<>();
        Optional<Agrement> agrement = agrementFor(agrements, year);
        if (year > today.getYear()) {
            violations.add(new ReportViolation("year", ReportViolation.Code.YEAR_NOT_STARTED));
        } else if (agrement.isEmpty()) {
            violations.add(new ReportViolation("year", ReportViolation.Code.YEAR_OUTSIDE_AGREMENT));
        }
        JudgedPlan judged = agrement.isPresent() && year <= today.getYear() ? plans.apply(agrement.get()) : null;
        if (plan == null) {
            violations.add(new ReportViolation("plan", ReportViolation.Code.REQUIRED));
        } else if (judged != null) {
            violations.addAll(plan.violations(judged));
        }
        if (correction && (reason == null || reason.isBlank())) {
            violations.add(new ReportViolation("correctionReason", ReportViolation.Code.REQUIRED));
        } else if (correction && reason.strip().length() > MAX_REASON) {
            violations.add(new ReportViolation("correctionReason", ReportViolation.Code.TOO_LONG));
        }
        violations.addAll(indicators.violations());
        if (!violations.isEmpty()) {
            throw new InvalidFollowUpReportException(violations);
        }
        return new Checked(agrement.orElseThrow(), plan.against(judged));
    }

    /** The agrément a year falls in: the latest period covering part of it (a renewal may start mid-year). */
    public static Optional<Agrement> agrementFor(List<Agrement> agrements, int year) {
        return agrements.stream().filter(a -> a.coversYear(year)).max(Comparator.comparingInt(Agrement::periodNumber));
    }
}
