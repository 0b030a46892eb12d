package be.wallonie.clusters.evaluation.domain.policy;

import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.Agrements;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.Basis;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.Divergence;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.DossiersReceived;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.FundingCommitted;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.IndicatorTrend;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.TimeToOpinion;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.Validation;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AgrementEvent;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Decision;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.DecisionOutcome;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.FollowUpReport;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.FundingSchedule;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Opinion;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Submission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
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

    private final String methodVersion;
    private final ZoneId zone;
    private final int periodMonths;

    public PolicyEvaluation(String methodVersion, ZoneId zone) {
        this(methodVersion, zone, DEFAULT_PERIOD_MONTHS);
    }

    public PolicyEvaluation(String methodVersion, ZoneId zone, int periodMonths) {
        this.methodVersion = Objects.requireNonNull(methodVersion, "methodVersion");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (periodMonths < 1) {
            throw new IllegalArgumentException("the period lasts at least one month");
        }
        this.periodMonths = periodMonths;
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

    public PolicyEvaluationReport report(EvaluationPeriod period, PolicyFacts facts) {
        return new PolicyEvaluationReport(period, methodVersion, dossiersReceived(period, facts),
                timeToOpinion(period, facts), validation(period, facts), divergence(period, facts), agrements(period, facts),
                fundingCommitted(period, facts), followUpTrends(period, facts), basis(facts));
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
        Map<String, FundingSchedule> latest = new HashMap<>();
        for (FundingSchedule s : facts.fundingSchedules()) {
            latest.merge(s.dossierId() + "/" + s.scheme(), s, (a, b) -> Comparator.comparingInt(FundingSchedule::scheduleVersion)
                    .thenComparing(FundingSchedule::computedAt).compare(a, b) >= 0 ? a : b);
        }
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
        Map<String, FollowUpReport> latest = new HashMap<>();
        for (FollowUpReport r : facts.followUpReports()) {
            if (!period.containsYear(r.year())) {
                continue;
            }
            latest.merge(r.dossierId() + "/" + r.year(), r, (a, b) -> Comparator.comparingInt(FollowUpReport::version)
                    .thenComparing(FollowUpReport::filedAt).compare(a, b) >= 0 ? a : b);
        }
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
                facts.fundingSchedules().size(), facts.followUpReports().size(), facts.lastReceivedAt());
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
