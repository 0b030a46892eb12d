package be.wallonie.clusters.funding.domain.file;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.AgrementPeriod;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.schedule.YearlyAmounts;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A cluster's funding file: everything the Region's co-funding of it is computed from, gathered from the
 * registry's events — the agrément and its renewals, a preparation support, the yearly costs declared.
 * Immutable: each change returns a new file. Events may arrive in any order the registry allows (costs
 * declared before the agrément is known are kept), and the file turns them into the calculator's inputs.
 *
 * @param dossierId            the cluster's dossier
 * @param clusterName          the cluster's name (latest known)
 * @param beneficiary          who receives the funding (latest known), null until an agrément or support
 * @param agrementScheme       the scheme of the agrément (animateur, grape or pole), null before one is granted
 * @param periods              the agrément periods, numbered 1…n in date order
 * @param preparation          a preparation support, or null
 * @param animatorYearlyCost   the animateur post's eligible yearly cost (latest agrément or renewal)
 * @param yearlyContributions  yearly private contributions (poles) from the latest agrément or renewal
 * @param declaredCosts        eligible costs declared per budget year (the latest declaration of a year wins)
 * @param declaredContributions private contributions declared per budget year
 */
public record FundingFile(UUID dossierId, String clusterName, Beneficiary beneficiary, SchemeCode agrementScheme,
        List<FundedPeriod> periods, PreparationSupport preparation, Money animatorYearlyCost, Money yearlyContributions,
        SortedMap<Integer, Money> declaredCosts, SortedMap<Integer, Money> declaredContributions) {

    public FundingFile {
        Objects.requireNonNull(dossierId, "dossier id");
        periods = List.copyOf(periods);
        declaredCosts = Collections.unmodifiableSortedMap(new TreeMap<>(declaredCosts));
        declaredContributions = Collections.unmodifiableSortedMap(new TreeMap<>(declaredContributions));
        Objects.requireNonNull(animatorYearlyCost, "animator yearly cost");
        Objects.requireNonNull(yearlyContributions, "yearly contributions");
    }

    /**
     * A preparation support of a cluster in validation phase.
     *
     * @param supportId  the registry's support
     * @param start      first day
     * @param end        last day asked for (the scheme may cut it shorter)
     * @param yearlyCost the animateur post's eligible yearly cost
     */
    public record PreparationSupport(UUID supportId, LocalDate start, LocalDate end, Money yearlyCost) {

        public PreparationSupport {
            Objects.requireNonNull(supportId, "support id");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(yearlyCost, "yearly cost");
            if (end.isBefore(start)) {
                throw new IllegalArgumentException("a preparation support ends (" + end + ") before it starts (" + start + ")");
            }
        }
    }

    /** An empty file: the first event about a cluster opens it. */
    public static FundingFile open(UUID dossierId) {
        return new FundingFile(dossierId, null, null, null, List.of(), null, Money.ZERO, Money.ZERO, new TreeMap<>(), new TreeMap<>());
    }

    /** The Region granted the first agrément (period 1). Granting the same agrément again changes nothing. */
    public FundingFile agrementGranted(String name, SchemeCode scheme, FundedPeriod period, Beneficiary to, Money yearlyCost,
            Money contributions) {
        if (period.number() != 1) {
            throw new IllegalArgumentException("a first agrément is period 1, not " + period.number());
        }
        if (!periods.isEmpty()) {
            if (periods.get(0).agrementId().equals(period.agrementId())) {
                return this;
            }
            throw new IllegalArgumentException("cluster " + dossierId + " already has an agrément (" + periods.get(0).agrementId() + ")");
        }
        return new FundingFile(dossierId, name, to, scheme, List.of(period), preparation, yearlyCost, contributions, declaredCosts,
                declaredContributions);
    }

    /** The agrément was renewed: the next period, at its own rate. */
    public FundingFile agrementRenewed(String name, SchemeCode scheme, FundedPeriod period, Beneficiary to, Money yearlyCost,
            Money contributions) {
        if (periods.stream().anyMatch(p -> p.agrementId().equals(period.agrementId()))) {
            return this;
        }
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("cluster " + dossierId + " has no agrément to renew");
        }
        FundedPeriod last = periods.get(periods.size() - 1);
        if (period.number() != last.number() + 1) {
            throw new IllegalArgumentException("the renewal of period " + last.number() + " is period " + (last.number() + 1)
                    + ", not " + period.number());
        }
        if (!period.start().isAfter(last.end())) {
            throw new IllegalArgumentException("period " + period.number() + " starts on " + period.start() + ", before period "
                    + last.number() + " ends (" + last.end() + ")");
        }
        if (scheme != agrementScheme) {
            throw new IllegalArgumentException("a renewal keeps the scheme " + agrementScheme + ", not " + scheme);
        }
        List<FundedPeriod> next = new ArrayList<>(periods);
        next.add(period);
        return new FundingFile(dossierId, name, to, scheme, next, preparation, yearlyCost, contributions, declaredCosts,
                declaredContributions);
    }

    /** An agrément ended without renewal; an early end cuts its period short. */
    public FundingFile agrementExpired(UUID agrementId, LocalDate endDate) {
        List<FundedPeriod> next = new ArrayList<>();
        boolean found = false;
        for (FundedPeriod p : periods) {
            if (p.agrementId().equals(agrementId)) {
                found = true;
                LocalDate end = endDate.isBefore(p.end()) ? (endDate.isBefore(p.start()) ? p.start() : endDate) : p.end();
                next.add(new FundedPeriod(p.agrementId(), p.number(), p.start(), end, true));
            } else {
                next.add(p);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("cluster " + dossierId + " has no agrément " + agrementId);
        }
        return new FundingFile(dossierId, clusterName, beneficiary, agrementScheme, next, preparation, animatorYearlyCost,
                yearlyContributions, declaredCosts, declaredContributions);
    }

    /** A cluster in validation phase receives time-limited co-funding of its animateur. */
    public FundingFile preparationSupportGranted(String name, PreparationSupport support, Beneficiary to) {
        if (preparation != null && preparation.supportId().equals(support.supportId())) {
            return this;
        }
        if (preparation != null) {
            throw new IllegalArgumentException("cluster " + dossierId + " already has a preparation support (" + preparation.supportId() + ")");
        }
        return new FundingFile(dossierId, name, beneficiary == null ? to : beneficiary, agrementScheme, periods, support,
                animatorYearlyCost, yearlyContributions, declaredCosts, declaredContributions);
    }

    /** Costs (and contributions) declared for a budget year; a later declaration of the same year replaces it. */
    public FundingFile costsDeclared(int budgetYear, Money costs, Money contributions) {
        Map<Integer, Money> c = new TreeMap<>(declaredCosts);
        c.put(budgetYear, costs);
        Map<Integer, Money> k = new TreeMap<>(declaredContributions);
        k.put(budgetYear, contributions);
        return new FundingFile(dossierId, clusterName, beneficiary, agrementScheme, periods, preparation, animatorYearlyCost,
                yearlyContributions, new TreeMap<>(c), new TreeMap<>(k));
    }

    /**
     * What the calculator computes schedules from: one per scheme the cluster receives. Declared costs feed the
     * agrément's schedule only; a preparation support is priced on the post's yearly cost, so no declared euro is
     * counted twice when a cluster moves from preparation to agrément within a year.
     */
    public List<FundingInputs> scheduleInputs() {
        List<FundingInputs> inputs = new ArrayList<>();
        if (preparation != null) {
            inputs.add(FundingInputs.preparation(dossierId, preparation.start(), preparation.end(),
                    YearlyAmounts.yearly(preparation.yearlyCost())));
        }
        if (!periods.isEmpty()) {
            List<AgrementPeriod> agrementPeriods = periods.stream().map(p -> new AgrementPeriod(p.number(), p.start(), p.end())).toList();
            YearlyAmounts contributions = agrementScheme == SchemeCode.COMPETITIVENESS_POLE
                    ? YearlyAmounts.of(yearlyContributions, declaredContributions)
                    : YearlyAmounts.none();
            inputs.add(new FundingInputs(dossierId, agrementScheme, agrementPeriods,
                    YearlyAmounts.of(animatorYearlyCost, declaredCosts), contributions));
        }
        return inputs;
    }
}
