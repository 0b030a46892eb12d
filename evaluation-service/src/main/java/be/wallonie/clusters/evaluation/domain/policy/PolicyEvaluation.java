package be.wallonie.clusters.evaluation.domain.policy;

import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.Agrements;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.AmountsPaid;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.AvisAgreement;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.CelluleActivity;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.ExecutionYear;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.FollowUpExecution;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.OverdueReports;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.PaidBudgetYear;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.Basis;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.Divergence;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.DossiersReceived;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.FundingCommitted;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.IndicatorTrend;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.TimeToOpinion;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.Validation;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AccompaniedProject;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AccompanimentAct;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AgrementEvent;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.CelluleAvis;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Decision;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.DecisionOutcome;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.FollowUpReport;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.FundingSchedule;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Opinion;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Payment;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.PlanExecution;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.ProjectStatus;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Computes the policy evaluation report of a period from the facts the Comité received. Pure and deterministic:
 * same facts and period, same report. Dates of facts are read as calendar days of {@code zone} (the Walloon
 * administration's), so a fact at 23:30 UTC on 31 December belongs to 1 January.
 */
public final class PolicyEvaluation {

    public static final String CURRENCY = "EUR";
    private static final BigDecimal MINUTES_PER_DAY = BigDecimal.valueOf(24 * 60);

    /** Every 24 months by default ("deux ans par exemple", 000_… III.2). */
    public static final int DEFAULT_PERIOD_MONTHS = 24;

    /** A year's follow-up report is due on 31 March of the next year unless configured otherwise. */
    public static final MonthDay DEFAULT_FOLLOW_UP_DUE = MonthDay.of(3, 31);

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final String methodVersion;
    private final ZoneId zone;
    private final int periodMonths;
    private final MonthDay followUpDue;

    public PolicyEvaluation(String methodVersion, ZoneId zone) {
        this(methodVersion, zone, DEFAULT_PERIOD_MONTHS);
    }

    public PolicyEvaluation(String methodVersion, ZoneId zone, int periodMonths) {
        this(methodVersion, zone, periodMonths, DEFAULT_FOLLOW_UP_DUE);
    }

    /**
     * @param followUpDue the day of the next year on which a year's follow-up report is due (for the years of an agrément
     *                    whose report names no due day of its own)
     */
    public PolicyEvaluation(String methodVersion, ZoneId zone, int periodMonths, MonthDay followUpDue) {
        this.methodVersion = Objects.requireNonNull(methodVersion, "methodVersion");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (periodMonths < 1) {
            throw new IllegalArgumentException("the period lasts at least one month");
        }
        this.periodMonths = periodMonths;
        this.followUpDue = Objects.requireNonNull(followUpDue, "followUpDue");
    }

    public MonthDay followUpDue() {
        return followUpDue;
    }

    public String methodVersion() {
        return methodVersion;
    }

    public ZoneId zone() {
        return zone;
    }

    public int periodMonths() {
        return periodMonths;
    }

    /**
     * The period a request names: both bounds as given; one bound and the default length; neither, the default length
     * ending with {@code today} included.
     */
    public EvaluationPeriod period(java.time.LocalDate from, java.time.LocalDate to, java.time.LocalDate today) {
        if (from != null && to != null) {
            return new EvaluationPeriod(from, to);
        }
        if (from != null) {
            return EvaluationPeriod.startingOn(from, periodMonths);
        }
        return EvaluationPeriod.endingOn(to != null ? to : today.plusDays(1), periodMonths);
    }

    /** The report as of the period's end (overdue years are those whose due day is before {@code period.to()}). */
    public PolicyEvaluationReport report(EvaluationPeriod period, PolicyFacts facts) {
        return report(period, facts, period.to());
    }

    /**
     * @param today the Brussels day of computation: a year is overdue once its due day is before it
     */
    public PolicyEvaluationReport report(EvaluationPeriod period, PolicyFacts facts, LocalDate today) {
        return new PolicyEvaluationReport(period, methodVersion, dossiersReceived(period, facts),
                timeToOpinion(period, facts), validation(period, facts), divergence(period, facts), agrements(period, facts),
                fundingCommitted(period, facts), followUpTrends(period, facts), celluleActivity(period, facts),
                amountsPaid(period, facts), followUpExecution(period, facts, today), basis(facts));
    }

    CelluleActivity celluleActivity(EvaluationPeriod period, PolicyFacts facts) {
        List<AccompanimentAct> acts = facts.accompanimentActs().stream().filter(a -> !a.cancelled() && period.contains(a.date()))
                .toList();
        SortedMap<String, Integer> actsByKind = new TreeMap<>();
        SortedMap<String, Integer> minutesByKind = new TreeMap<>();
        int minutes = 0;
        int participations = 0;
        Set<UUID> projects = new HashSet<>();
        Set<UUID> dossiers = new HashSet<>();
        for (AccompanimentAct a : acts) {
            actsByKind.merge(a.kind().name(), 1, Integer::sum);
            minutesByKind.merge(a.kind().name(), a.minutesSpent(), Integer::sum);
            minutes += a.minutesSpent();
            participations += a.organisationCount();
            if (a.projectId() != null) {
                projects.add(a.projectId());
            }
            if (a.dossierId() != null) {
                dossiers.add(a.dossierId());
            }
        }
        Map<UUID, AccompaniedProject> latest = latestProjects(facts);
        int becameDossiers = (int) projects.stream().map(latest::get).filter(Objects::nonNull)
                .filter(p -> p.status() == ProjectStatus.BECAME_DOSSIER).count();
        // From first contact to the first submission of the dossier the project became, for first submissions of the period.
        Map<UUID, Instant> firstSubmission = new HashMap<>();
        facts.submissions().forEach(s -> firstSubmission.merge(s.dossierId(), s.submittedAt(), (x, y) -> x.isBefore(y) ? x : y));
        List<BigDecimal> days = new ArrayList<>();
        Set<UUID> measuredDossiers = new HashSet<>();
        for (AccompaniedProject p : latest.values()) {
            if (p.status() != ProjectStatus.BECAME_DOSSIER || !firstSubmission.containsKey(p.dossierId())
                    || measuredDossiers.contains(p.dossierId())) {
                continue;
            }
            LocalDate submitted = firstSubmission.get(p.dossierId()).atZone(zone).toLocalDate();
            if (period.contains(submitted) && !submitted.isBefore(p.firstContactOn())) {
                measuredDossiers.add(p.dossierId());
                days.add(BigDecimal.valueOf(ChronoUnit.DAYS.between(p.firstContactOn(), submitted)));
            }
        }
        days.sort(Comparator.naturalOrder());
        SortedMap<String, BigDecimal> hoursByKind = new TreeMap<>();
        minutesByKind.forEach((kind, m) -> hoursByKind.put(kind, hours(m)));
        return new CelluleActivity(acts.size(), hours(minutes), actsByKind, hoursByKind, participations, projects.size(),
                becameDossiers, dossiers.size(), days.size(), oneDecimal(median(days)), avisAgreement(period, facts));
    }

    /** Per project, its state transfer of highest version. */
    private static Map<UUID, AccompaniedProject> latestProjects(PolicyFacts facts) {
        Map<UUID, AccompaniedProject> latest = new HashMap<>();
        facts.accompaniedProjects().forEach(p -> latest.merge(p.projectId(), p, (a, b) -> a.version() >= b.version() ? a : b));
        return latest;
    }

    AvisAgreement avisAgreement(EvaluationPeriod period, PolicyFacts facts) {
        Map<String, List<CelluleAvis>> avisOfSnapshot = new HashMap<>();
        facts.celluleAvis().forEach(a -> avisOfSnapshot.computeIfAbsent(key(a.dossierId(), a.snapshotVersion()), k -> new ArrayList<>())
                .add(a));
        int withAvis = 0;
        int without = 0;
        int agreeing = 0;
        int sameDirection = 0;
        SortedMap<String, Integer> byPair = new TreeMap<>();
        for (Opinion o : facts.opinions()) {
            if (!period.contains(o.issuedAt(), zone)) {
                continue;
            }
            // The avis the Comité had: the latest version written before the opinion.
            CelluleAvis avis = avisOfSnapshot.getOrDefault(key(o.dossierId(), o.snapshotVersion()), List.of()).stream()
                    .filter(a -> !a.writtenAt().isAfter(o.issuedAt()))
                    .max(Comparator.comparingInt(CelluleAvis::avisVersion).thenComparing(CelluleAvis::writtenAt)).orElse(null);
            if (avis == null) {
                without++;
                continue;
            }
            withAvis++;
            byPair.merge(avis.recommendation().name() + "/" + o.opinion().name(), 1, Integer::sum);
            if (avis.recommendation().matchingOpinion() == o.opinion()) {
                agreeing++;
            }
            if (avis.recommendation().favourable() == o.opinion().favourable()) {
                sameDirection++;
            }
        }
        return new AvisAgreement(withAvis, without, agreeing, rate(agreeing, withAvis), sameDirection, rate(sameDirection, withAvis),
                byPair);
    }

    AmountsPaid amountsPaid(EvaluationPeriod period, PolicyFacts facts) {
        Map<UUID, String> schemeOfFile = new HashMap<>();
        Map<UUID, FundingSchedule> latestOfDossier = new HashMap<>();
        for (FundingSchedule s : facts.fundingSchedules()) {
            if (s.fileId() != null) {
                schemeOfFile.put(s.fileId(), s.scheme());
            }
            latestOfDossier.merge(s.dossierId(), s, (a, b) -> a.computedAt().isAfter(b.computedAt()) ? a : b);
        }
        Map<UUID, Submission> lastSubmission = new HashMap<>();
        facts.submissions().forEach(s -> lastSubmission.merge(s.dossierId(), s, PolicyEvaluation::later));
        BigDecimal total = money(BigDecimal.ZERO);
        int count = 0;
        int reversals = 0;
        SortedMap<String, BigDecimal> byScheme = new TreeMap<>();
        SortedMap<Integer, SortedMap<String, BigDecimal>> byYearAndScheme = new TreeMap<>();
        for (Payment p : facts.payments()) {
            if (!period.contains(p.paidOn())) {
                continue;
            }
            count++;
            if (p.amount().signum() < 0) {
                reversals++;
            }
            String scheme = schemeOf(p, schemeOfFile, latestOfDossier, lastSubmission);
            BigDecimal amount = money(p.amount());
            total = total.add(amount);
            byScheme.merge(scheme, amount, BigDecimal::add);
            byYearAndScheme.computeIfAbsent(p.budgetYear(), y -> new TreeMap<>()).merge(scheme, amount, BigDecimal::add);
        }
        Map<Integer, BigDecimal> committed = committedByBudgetYear(facts);
        SortedSet<Integer> years = new TreeSet<>(byYearAndScheme.keySet());
        committed.keySet().stream().filter(period::containsYear).forEach(years::add);
        List<PaidBudgetYear> byYear = new ArrayList<>();
        for (int year : years) {
            SortedMap<String, BigDecimal> schemes = byYearAndScheme.getOrDefault(year, new TreeMap<>());
            BigDecimal paid = schemes.values().stream().reduce(money(BigDecimal.ZERO), BigDecimal::add);
            BigDecimal committedYear = committed.getOrDefault(year, money(BigDecimal.ZERO));
            BigDecimal share = committedYear.signum() == 0 ? null : paid.divide(committedYear, 4, RoundingMode.HALF_UP);
            byYear.add(new PaidBudgetYear(year, paid, schemes, committedYear, share));
        }
        return new AmountsPaid(total, CURRENCY, count, reversals, byScheme, byYear);
    }

    /**
     * The scheme of a payment: its funding file's (from the schedule facts), else the dossier's latest schedule's, else
     * the scheme of the dossier's last submission, else {@code UNKNOWN}.
     */
    private static String schemeOf(Payment p, Map<UUID, String> schemeOfFile, Map<UUID, FundingSchedule> latestOfDossier,
            Map<UUID, Submission> lastSubmission) {
        if (p.fileId() != null && schemeOfFile.containsKey(p.fileId())) {
            return schemeOfFile.get(p.fileId());
        }
        if (latestOfDossier.containsKey(p.dossierId())) {
            return latestOfDossier.get(p.dossierId()).scheme();
        }
        Submission s = lastSubmission.get(p.dossierId());
        return s != null ? s.scheme() : "UNKNOWN";
    }

    /** Every budget year's amount in the latest schedule version of each dossier and scheme. */
    private static Map<Integer, BigDecimal> committedByBudgetYear(PolicyFacts facts) {
        Map<Integer, BigDecimal> byYear = new TreeMap<>();
        for (FundingSchedule s : latestSchedules(facts).values()) {
            for (PolicyFacts.FundingLine l : s.lines()) {
                byYear.merge(l.budgetYear(), money(l.granted()), BigDecimal::add);
            }
        }
        return byYear;
    }

    private static Map<String, FundingSchedule> latestSchedules(PolicyFacts facts) {
        Map<String, FundingSchedule> latest = new HashMap<>();
        for (FundingSchedule s : facts.fundingSchedules()) {
            latest.merge(s.dossierId() + "/" + s.scheme(), s, (a, b) -> Comparator.comparingInt(FundingSchedule::scheduleVersion)
                    .thenComparing(FundingSchedule::computedAt).compare(a, b) >= 0 ? a : b);
        }
        return latest;
    }

    FollowUpExecution followUpExecution(EvaluationPeriod period, PolicyFacts facts, LocalDate today) {
        SortedMap<Integer, List<FollowUpReport>> byYear = new TreeMap<>();
        latestReports(period, facts).values().forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
        List<ExecutionYear> years = new ArrayList<>();
        byYear.forEach((year, reports) -> years.add(executionYear(year, reports)));
        return new FollowUpExecution(years, overdue(period, facts, today));
    }

    private static ExecutionYear executionYear(int year, List<FollowUpReport> reports) {
        int with = 0;
        int planned = 0;
        int carried = 0;
        int ongoing = 0;
        int postponed = 0;
        int dropped = 0;
        BigDecimal budgetPlanned = money(BigDecimal.ZERO);
        BigDecimal budgetSpent = money(BigDecimal.ZERO);
        int gainsTargeted = 0;
        int gainsAchieved = 0;
        int conditionsTotal = 0;
        int conditionsMet = 0;
        for (FollowUpReport r : reports) {
            PlanExecution p = r.planExecution();
            if (p == null) {
                continue;
            }
            with++;
            planned += p.actionsPlanned();
            carried += p.carriedOut();
            ongoing += p.ongoing();
            postponed += p.postponed();
            dropped += p.dropped();
            budgetPlanned = budgetPlanned.add(money(p.budgetPlanned()));
            budgetSpent = budgetSpent.add(money(p.budgetSpent()));
            gainsTargeted += p.gainsTargeted();
            gainsAchieved += p.gainsAchieved();
            conditionsTotal += p.conditionsTotal();
            conditionsMet += p.conditionsMet();
        }
        BigDecimal budgetRate = budgetPlanned.signum() == 0 ? null : budgetSpent.divide(budgetPlanned, 4, RoundingMode.HALF_UP);
        return new ExecutionYear(year, reports.size(), with, reports.size() - with, planned, carried, ongoing, postponed, dropped,
                rate(carried, planned), budgetPlanned, budgetSpent, budgetRate, gainsTargeted, gainsAchieved,
                rate(gainsAchieved, gainsTargeted), conditionsTotal, conditionsMet, rate(conditionsMet, conditionsTotal));
    }

    OverdueReports overdue(EvaluationPeriod period, PolicyFacts facts, LocalDate today) {
        // Late filings: the first filing of each report whose due day falls in the period.
        Map<UUID, FollowUpReport> firstFilings = new HashMap<>();
        for (FollowUpReport r : facts.followUpReports()) {
            if (r.reportId() != null) {
                firstFilings.merge(r.reportId(), r, (a, b) -> a.version() <= b.version() ? a : b);
            }
        }
        int withDueDay = 0;
        int late = 0;
        for (FollowUpReport r : firstFilings.values()) {
            LocalDate due = r.dueOn() != null ? r.dueOn()
                    : facts.followUpReports().stream().filter(x -> r.reportId().equals(x.reportId()) && x.dueOn() != null)
                            .map(FollowUpReport::dueOn).findFirst().orElse(null);
            if (due == null || !period.contains(due)) {
                continue;
            }
            withDueDay++;
            if (r.filedAt().atZone(zone).toLocalDate().isAfter(due)) {
                late++;
            }
        }
        // Years an agrément covers whose report was due in the period, before today, and of which no report is known.
        Set<String> reported = new HashSet<>();
        facts.followUpReports().forEach(r -> reported.add(r.dossierId() + "/" + r.year()));
        Set<String> dueYears = new TreeSet<>();
        for (Map.Entry<UUID, List<LocalDate[]>> e : agrementCoverage(facts).entrySet()) {
            for (LocalDate[] span : e.getValue()) {
                for (int y = span[0].getYear(); y <= span[1].getYear(); y++) {
                    LocalDate dueDay = followUpDue.atYear(y + 1);
                    if (period.contains(dueDay) && dueDay.isBefore(today)) {
                        dueYears.add(e.getKey() + "/" + y);
                    }
                }
            }
        }
        int missing = (int) dueYears.stream().filter(k -> !reported.contains(k)).count();
        return new OverdueReports(withDueDay, late, rate(late, withDueDay), dueYears.size(), missing, today);
    }

    /**
     * Per dossier, the spans [first day, last day] of its agréments granted or renewed whose days are known; an expiry
     * with an earlier last day shortens its agrément.
     */
    private static Map<UUID, List<LocalDate[]>> agrementCoverage(PolicyFacts facts) {
        Map<UUID, LocalDate> expiredOn = new HashMap<>();
        facts.agrements().stream().filter(a -> a.kind() == AgrementEvent.EXPIRED && a.endsOn() != null)
                .forEach(a -> expiredOn.put(a.agrementId(), a.endsOn()));
        Map<UUID, List<LocalDate[]>> spans = new TreeMap<>();
        for (PolicyFacts.AgrementFact a : facts.agrements()) {
            if (a.kind() == AgrementEvent.EXPIRED || a.startsOn() == null || a.endsOn() == null || a.dossierId() == null) {
                continue;
            }
            LocalDate end = a.endsOn();
            LocalDate expired = expiredOn.get(a.agrementId());
            if (expired != null && expired.isBefore(end)) {
                end = expired;
            }
            if (!end.isBefore(a.startsOn())) {
                spans.computeIfAbsent(a.dossierId(), d -> new ArrayList<>()).add(new LocalDate[] {a.startsOn(), end});
            }
        }
        return spans;
    }

    private Map<String, FollowUpReport> latestReports(EvaluationPeriod period, PolicyFacts facts) {
        Map<String, FollowUpReport> latest = new HashMap<>();
        for (FollowUpReport r : facts.followUpReports()) {
            if (!period.containsYear(r.year())) {
                continue;
            }
            latest.merge(r.dossierId() + "/" + r.year(), r, (a, b) -> Comparator.comparingInt(FollowUpReport::version)
                    .thenComparing(FollowUpReport::filedAt).compare(a, b) >= 0 ? a : b);
        }
        return latest;
    }

    private static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 1, RoundingMode.HALF_UP);
    }

    DossiersReceived dossiersReceived(EvaluationPeriod period, PolicyFacts facts) {
        Map<UUID, Submission> lastOfDossier = new HashMap<>();
        int submissions = 0;
        for (Submission s : facts.submissions()) {
            if (!period.contains(s.submittedAt(), zone)) {
                continue;
            }
            submissions++;
            lastOfDossier.merge(s.dossierId(), s, (a, b) -> later(a, b));
        }
        SortedMap<String, Integer> byScheme = new TreeMap<>();
        lastOfDossier.values().forEach(s -> byScheme.merge(s.scheme(), 1, Integer::sum));
        return new DossiersReceived(lastOfDossier.size(), submissions, byScheme);
    }

    private static Submission later(Submission a, Submission b) {
        int c = Comparator.comparing(Submission::submittedAt).thenComparingInt(Submission::snapshotVersion).compare(a, b);
        return c >= 0 ? a : b;
    }

    TimeToOpinion timeToOpinion(EvaluationPeriod period, PolicyFacts facts) {
        Map<String, Submission> submitted = new HashMap<>();
        facts.submissions().forEach(s -> submitted.put(key(s.dossierId(), s.snapshotVersion()), s));
        List<BigDecimal> days = new ArrayList<>();
        SortedMap<String, Integer> byOpinion = new TreeMap<>();
        int issued = 0;
        for (Opinion o : facts.opinions()) {
            if (!period.contains(o.issuedAt(), zone)) {
                continue;
            }
            issued++;
            byOpinion.merge(o.opinion().name(), 1, Integer::sum);
            Submission s = submitted.get(key(o.dossierId(), o.snapshotVersion()));
            if (s != null && !o.issuedAt().isBefore(s.submittedAt())) {
                days.add(BigDecimal.valueOf(Duration.between(s.submittedAt(), o.issuedAt()).toMinutes())
                        .divide(MINUTES_PER_DAY, 6, RoundingMode.HALF_UP));
            }
        }
        // A snapshot of the period still waits when no opinion on it was issued before the period's end.
        Set<String> opinedBeforeEnd = new HashSet<>();
        facts.opinions().stream().filter(o -> o.issuedAt().atZone(zone).toLocalDate().isBefore(period.to()))
                .forEach(o -> opinedBeforeEnd.add(key(o.dossierId(), o.snapshotVersion())));
        int awaiting = (int) facts.submissions().stream().filter(s -> period.contains(s.submittedAt(), zone))
                .filter(s -> !opinedBeforeEnd.contains(key(s.dossierId(), s.snapshotVersion()))).count();
        days.sort(Comparator.naturalOrder());
        return new TimeToOpinion(issued, byOpinion, days.size(), oneDecimal(median(days)), oneDecimal(percentile(days, 90)),
                days.isEmpty() ? null : oneDecimal(days.get(days.size() - 1)), awaiting);
    }

    /** The middle value of sorted values, the mean of the two middle ones for an even count; null when empty. */
    static BigDecimal median(List<BigDecimal> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP);
    }

    /** Nearest-rank percentile of sorted values: the smallest value with at least p % of the values at or below it. */
    static BigDecimal percentile(List<BigDecimal> sorted, int p) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted.get(Math.max(rank, 1) - 1);
    }

    Validation validation(EvaluationPeriod period, PolicyFacts facts) {
        List<Decision> decided = decisionsIn(period, facts);
        int validated = (int) decided.stream().filter(d -> d.outcome() == DecisionOutcome.VALIDATED).count();
        return new Validation(decided.size(), validated, decided.size() - validated, rate(validated, decided.size()));
    }

    Divergence divergence(EvaluationPeriod period, PolicyFacts facts) {
        List<Decision> withOpinion = decisionsIn(period, facts).stream().filter(d -> d.opinion() != null).toList();
        int validatedAgainst = 0;
        int rejectedAgainst = 0;
        for (Decision d : withOpinion) {
            // The direction follows from the outcome and the opinion, so it never depends on a flag alone.
            if (d.outcome() == DecisionOutcome.VALIDATED && !d.opinion().favourable()) {
                validatedAgainst++;
            } else if (d.outcome() == DecisionOutcome.REJECTED && d.opinion().favourable()) {
                rejectedAgainst++;
            }
        }
        int divergent = validatedAgainst + rejectedAgainst;
        return new Divergence(withOpinion.size(), divergent, rate(divergent, withOpinion.size()), validatedAgainst, rejectedAgainst);
    }

    private List<Decision> decisionsIn(EvaluationPeriod period, PolicyFacts facts) {
        return facts.decisions().stream().filter(d -> period.contains(d.decidedAt(), zone)).toList();
    }

    Agrements agrements(EvaluationPeriod period, PolicyFacts facts) {
        Map<AgrementEvent, Integer> counts = new HashMap<>();
        facts.agrements().stream().filter(a -> period.contains(a.occurredAt(), zone))
                .forEach(a -> counts.merge(a.kind(), 1, Integer::sum));
        return new Agrements(counts.getOrDefault(AgrementEvent.GRANTED, 0), counts.getOrDefault(AgrementEvent.RENEWED, 0),
                counts.getOrDefault(AgrementEvent.EXPIRED, 0));
    }

    FundingCommitted fundingCommitted(EvaluationPeriod period, PolicyFacts facts) {
        Map<String, FundingSchedule> latest = latestSchedules(facts);
        BigDecimal total = money(BigDecimal.ZERO);
        SortedMap<String, BigDecimal> byScheme = new TreeMap<>();
        SortedMap<Integer, BigDecimal> byYear = new TreeMap<>();
        for (FundingSchedule s : latest.values()) {
            for (PolicyFacts.FundingLine l : s.lines()) {
                if (!period.containsYear(l.budgetYear())) {
                    continue;
                }
                BigDecimal granted = money(l.granted());
                total = total.add(granted);
                byScheme.merge(s.scheme(), granted, BigDecimal::add);
                byYear.merge(l.budgetYear(), granted, BigDecimal::add);
            }
        }
        return new FundingCommitted(total, CURRENCY, byScheme, byYear, latest.size());
    }

    List<IndicatorTrend> followUpTrends(EvaluationPeriod period, PolicyFacts facts) {
        Map<String, FollowUpReport> latest = latestReports(period, facts);
        SortedMap<String, SortedMap<Integer, BigDecimal>> totals = new TreeMap<>();
        SortedMap<String, SortedMap<Integer, Integer>> clusters = new TreeMap<>();
        for (FollowUpReport r : latest.values()) {
            r.indicators().forEach((name, value) -> {
                if (value == null) {
                    return;
                }
                totals.computeIfAbsent(name, k -> new TreeMap<>()).merge(r.year(), value, BigDecimal::add);
                clusters.computeIfAbsent(name, k -> new TreeMap<>()).merge(r.year(), 1, Integer::sum);
            });
        }
        List<IndicatorTrend> trends = new ArrayList<>();
        totals.forEach((name, byYear) -> {
            Integer first = byYear.firstKey();
            Integer last = byYear.lastKey();
            BigDecimal change = null;
            BigDecimal changeRate = null;
            if (!first.equals(last)) {
                change = byYear.get(last).subtract(byYear.get(first));
                BigDecimal base = byYear.get(first);
                changeRate = base.signum() == 0 ? null : change.divide(base, 4, RoundingMode.HALF_UP);
            }
            trends.add(new IndicatorTrend(name, byYear, clusters.get(name), first, last, change, changeRate));
        });
        return trends;
    }

    static Basis basis(PolicyFacts facts) {
        return new Basis(facts.submissions().size(), facts.opinions().size(), facts.decisions().size(), facts.agrements().size(),
                facts.fundingSchedules().size(), facts.followUpReports().size(), facts.accompanimentActs().size(),
                facts.accompaniedProjects().size(), facts.celluleAvis().size(), facts.payments().size(), facts.lastReceivedAt());
    }

    /** The years of the period, for callers that list them. */
    public static Set<Integer> years(EvaluationPeriod period) {
        Set<Integer> years = new TreeSet<>();
        for (int y = period.from().getYear(); y <= period.to().getYear(); y++) {
            if (period.containsYear(y)) {
                years.add(y);
            }
        }
        return years;
    }

    private static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal oneDecimal(BigDecimal days) {
        return days == null ? null : days.setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String key(UUID dossierId, int snapshotVersion) {
        return dossierId + "/" + snapshotVersion;
    }
}
