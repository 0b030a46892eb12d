package be.wallonie.clusters.funding.domain.file;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.AgrementPeriod;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.schedule.PoleProject;
import be.wallonie.clusters.funding.domain.schedule.YearlyAmounts;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * @param coreGroup            the cluster's core group (noyau dur), by id and enterprise number, as the latest agrément or support
 *                             named them: with the beneficiary, they may read the file
 * @param poleProjects         the projects the Region approved for a competitiveness pole
 */
public record FundingFile(UUID dossierId, String clusterName, Beneficiary beneficiary, SchemeCode agrementScheme,
        List<FundedPeriod> periods, PreparationSupport preparation, Money animatorYearlyCost, Money yearlyContributions,
        SortedMap<Integer, Money> declaredCosts, SortedMap<Integer, Money> declaredContributions, CoreGroup coreGroup,
        List<PoleProject> poleProjects) {

    /** A file without core group or pole projects (older documents). */
    public FundingFile(UUID dossierId, String clusterName, Beneficiary beneficiary, SchemeCode agrementScheme,
            List<FundedPeriod> periods, PreparationSupport preparation, Money animatorYearlyCost, Money yearlyContributions,
            SortedMap<Integer, Money> declaredCosts, SortedMap<Integer, Money> declaredContributions) {
        this(dossierId, clusterName, beneficiary, agrementScheme, periods, preparation, animatorYearlyCost, yearlyContributions,
                declaredCosts, declaredContributions, CoreGroup.NONE, List.of());
    }

    public FundingFile {
        Objects.requireNonNull(dossierId, "dossier id");
        periods = List.copyOf(periods);
        coreGroup = coreGroup == null ? CoreGroup.NONE : coreGroup;
        poleProjects = List.copyOf(poleProjects == null ? List.of() : poleProjects);
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
     * @param endedOn    null, or the last day funded when the registry ended the support early
     * @param endReason  why it ended early (with {@code endedOn})
     */
    public record PreparationSupport(UUID supportId, LocalDate start, LocalDate end, Money yearlyCost, LocalDate endedOn,
            FundingInputs.CutReason endReason) {

        public PreparationSupport(UUID supportId, LocalDate start, LocalDate end, Money yearlyCost) {
            this(supportId, start, end, yearlyCost, null, null);
        }

        public PreparationSupport {
            if ((endedOn == null) != (endReason == null)) {
                throw new IllegalArgumentException("a support's early end has a day and a reason");
            }
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

    private FundingFile with(String name, Beneficiary to, SchemeCode scheme, List<FundedPeriod> newPeriods,
            PreparationSupport support, Money yearlyCost, Money contributions, CoreGroup group, List<PoleProject> projects) {
        return new FundingFile(dossierId, name, to, scheme, newPeriods, support, yearlyCost, contributions, declaredCosts,
                declaredContributions, group, projects);
    }

    /**
     * Whether the organisation may read this file: it is the beneficiary (the animateur's employer, or a grape's or
     * pole's declared beneficiary) or a member of the core group.
     */
    public boolean readableBy(UUID organisationId) {
        return organisationId != null && (beneficiary != null && organisationId.equals(beneficiary.organisationId())
                || coreGroup.hasOrganisation(organisationId));
    }

    /**
     * Whether the organisation with this enterprise number (as an applicant's token names it, with or without dots) may
     * read this file: the beneficiary's number or a core-group member's.
     */
    public boolean readableByEnterpriseNumber(String enterpriseNumber) {
        if (enterpriseNumber == null) {
            return false;
        }
        String digits = CoreGroup.digits(enterpriseNumber);
        return beneficiary != null && beneficiary.enterpriseDigits().filter(digits::equals).isPresent()
                || coreGroup.hasEnterpriseNumber(digits);
    }

    /** The core group of the latest agrément or support that named one, else the one known. */
    private CoreGroup groupOr(CoreGroup named) {
        return named == null || named.isEmpty() ? coreGroup : named;
    }

    /**
     * The Region approved a project for this competitiveness pole. The same project again changes nothing; a project
     * reported again with other figures is refused (an approved project is not edited).
     */
    public FundingFile poleProjectApproved(PoleProject project) {
        for (PoleProject known : poleProjects) {
            if (known.id().equals(project.id())) {
                if (known.equals(project)) {
                    return this;
                }
                throw new IllegalArgumentException("project " + project.id() + " of " + dossierId + " was approved with other figures");
            }
        }
        if (agrementScheme != null && agrementScheme != SchemeCode.COMPETITIVENESS_POLE) {
            throw new IllegalArgumentException("cluster " + dossierId + " is funded as " + agrementScheme + ", not as a pole");
        }
        List<PoleProject> next = new ArrayList<>(poleProjects);
        next.add(project);
        return with(clusterName, beneficiary, agrementScheme, periods, preparation, animatorYearlyCost, yearlyContributions, coreGroup,
                next);
    }

    /**
     * The registry ended the preparation support early (the dossier rejected or withdrawn, or the agrément starting):
     * nothing is funded after {@code lastDay}. The same end again changes nothing; an end for another support is
     * refused.
     */
    public FundingFile preparationSupportEnded(UUID supportId, LocalDate lastDay, FundingInputs.CutReason reason) {
        if (preparation == null || !preparation.supportId().equals(supportId)) {
            throw new IllegalArgumentException("cluster " + dossierId + " has no preparation support " + supportId);
        }
        PreparationSupport p = preparation;
        if (lastDay.equals(p.endedOn()) && reason == p.endReason()) {
            return this;
        }
        PreparationSupport ended = new PreparationSupport(p.supportId(), p.start(), p.end(), p.yearlyCost(), lastDay, reason);
        return with(clusterName, beneficiary, agrementScheme, periods, ended, animatorYearlyCost, yearlyContributions, coreGroup,
                poleProjects);
    }

    /** The Region granted the first agrément (period 1). Granting the same agrément again changes nothing. */
    public FundingFile agrementGranted(String name, SchemeCode scheme, FundedPeriod period, Beneficiary to, Money yearlyCost,
            Money contributions) {
        return agrementGranted(name, scheme, period, to, yearlyCost, contributions, CoreGroup.NONE);
    }

    /** The Region granted the first agrément (period 1), naming the core group. */
    public FundingFile agrementGranted(String name, SchemeCode scheme, FundedPeriod period, Beneficiary to, Money yearlyCost,
            Money contributions, CoreGroup group) {
        if (period.number() != 1) {
            throw new IllegalArgumentException("a first agrément is period 1, not " + period.number());
        }
        if (!periods.isEmpty()) {
            if (periods.get(0).agrementId().equals(period.agrementId())) {
                return this;
            }
            throw new IllegalArgumentException("cluster " + dossierId + " already has an agrément (" + periods.get(0).agrementId() + ")");
        }
        if (!poleProjects.isEmpty() && scheme != SchemeCode.COMPETITIVENESS_POLE) {
            throw new IllegalArgumentException("cluster " + dossierId + " has pole projects but an agrément as " + scheme);
        }
        return with(name, to, scheme, List.of(period), preparation, yearlyCost, contributions, groupOr(group), poleProjects);
    }

    /** The agrément was renewed: the next period, at its own rate. */
    public FundingFile agrementRenewed(String name, SchemeCode scheme, FundedPeriod period, Beneficiary to, Money yearlyCost,
            Money contributions) {
        return agrementRenewed(name, scheme, period, to, yearlyCost, contributions, CoreGroup.NONE);
    }

    /** The agrément was renewed, naming the core group. */
    public FundingFile agrementRenewed(String name, SchemeCode scheme, FundedPeriod period, Beneficiary to, Money yearlyCost,
            Money contributions, CoreGroup group) {
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
        return with(name, to, scheme, next, preparation, yearlyCost, contributions, groupOr(group), poleProjects);
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
        return with(clusterName, beneficiary, agrementScheme, next, preparation, animatorYearlyCost, yearlyContributions, coreGroup,
                poleProjects);
    }

    /** A cluster in validation phase receives time-limited co-funding of its animateur. */
    public FundingFile preparationSupportGranted(String name, PreparationSupport support, Beneficiary to) {
        return preparationSupportGranted(name, support, to, CoreGroup.NONE);
    }

    /**
     * A cluster in preparation (from its draft) receives time-limited co-funding of its animateur, naming its core
     * group. A support starting on or after the agrément's first day would fund days twice: refused.
     */
    public FundingFile preparationSupportGranted(String name, PreparationSupport support, Beneficiary to, CoreGroup group) {
        if (preparation != null && preparation.supportId().equals(support.supportId())) {
            return this;
        }
        if (preparation != null) {
            throw new IllegalArgumentException("cluster " + dossierId + " already has a preparation support (" + preparation.supportId() + ")");
        }
        if (!periods.isEmpty() && !support.start().isBefore(periods.get(0).start())) {
            throw new IllegalArgumentException("a preparation support from " + support.start() + " would fund days of the agrément "
                    + "that started on " + periods.get(0).start() + ": one day is never funded twice");
        }
        return with(name, beneficiary == null ? to : beneficiary, agrementScheme, periods, support, animatorYearlyCost,
                yearlyContributions, groupOr(group), poleProjects);
    }

    /** Costs (and contributions) declared for a budget year; a later declaration of the same year replaces it. */
    public FundingFile costsDeclared(int budgetYear, Money costs, Money contributions) {
        Map<Integer, Money> c = new TreeMap<>(declaredCosts);
        c.put(budgetYear, costs);
        Map<Integer, Money> k = new TreeMap<>(declaredContributions);
        k.put(budgetYear, contributions);
        return new FundingFile(dossierId, clusterName, beneficiary, agrementScheme, periods, preparation, animatorYearlyCost,
                yearlyContributions, new TreeMap<>(c), new TreeMap<>(k), coreGroup, poleProjects);
    }

    /**
     * What the calculator computes schedules from: one per scheme the cluster receives. Declared costs feed the
     * agrément's schedule only; a preparation support is priced on the post's yearly cost and stops at the latest the
     * day before the agrément starts (or when the registry ended it), so no day — and no declared euro — is funded
     * twice. A pole is funded by its approved projects, not by an animateur's cost.
     */
    public List<FundingInputs> scheduleInputs() {
        List<FundingInputs> inputs = new ArrayList<>();
        if (preparation != null) {
            FundingInputs support = FundingInputs.preparation(dossierId, preparation.start(), preparation.end(),
                    YearlyAmounts.yearly(preparation.yearlyCost()));
            if (preparation.endedOn() != null) {
                support = support.cutAt(new FundingInputs.Cut(preparation.endedOn(), preparation.endReason()));
            }
            if (!periods.isEmpty()) {
                support = support.cutAt(new FundingInputs.Cut(periods.get(0).start().minusDays(1), FundingInputs.CutReason.AGREMENT_STARTS));
            }
            inputs.add(support);
        }
        if (!periods.isEmpty()) {
            List<AgrementPeriod> agrementPeriods = periods.stream().map(p -> new AgrementPeriod(p.number(), p.start(), p.end())).toList();
            if (agrementScheme == SchemeCode.COMPETITIVENESS_POLE) {
                inputs.add(FundingInputs.pole(dossierId, agrementPeriods, poleProjects));
            } else {
                inputs.add(new FundingInputs(dossierId, agrementScheme, agrementPeriods, YearlyAmounts.of(animatorYearlyCost, declaredCosts),
                        YearlyAmounts.none()));
            }
        }
        return inputs;
    }
}
