package be.wallonie.clusters.funding.domain.schedule;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.PoleParameters;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeParameters;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.TimeLimitedParameters;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Computes a funding schedule (domain.md §5). Pure and deterministic: the same inputs and policy book always give
 * an equal schedule; stateless and thread-safe.
 *
 * <p><b>Which version prices a day.</b> Each agrément period (or support) is priced by the scheme version in force on
 * its first day, to its end; a later version prices it only from the day it says it applies to running periods
 * ({@link PolicyBook#governing}). Publishing a version therefore never re-prices a period already running, let alone
 * a past budget year; every line names the version that priced it.
 *
 * <p><b>Caps per agrément year.</b> A period is cut into agrément years (12-month steps from its start; a support's
 * years from the support's start), and each agrément year into its budget (calendar) years — and, where a version
 * starts applying to running periods, at that day. One piece is one {@link ScheduleLine}:
 * <ul>
 *   <li>eligible costs: the amount declared for that budget year (shared by days between the year's lines), else the
 *       default yearly cost × days covered / days in the calendar year; for a pole, the public share of its approved
 *       projects (budget less private contributions, spread evenly over each project's days);</li>
 *   <li>cap applied: the agrément year's cap (yearly cap, × the period's rate for the animateur scheme: "160 000 €/an")
 *       × days covered / days in that agrément year — the agrément year's cap split into its budget years by days, so
 *       the lines of one agrément year never exceed its cap together;</li>
 *   <li>granted: min(eligible × rate, cap applied) — a line is never paid more than its own costs at its rate, so
 *       no budget year is paid for another year's costs and a line moves only when its own inputs move;</li>
 *   <li>left to the cluster: eligible − granted.</li>
 * </ul>
 * Everything is computed in full precision ({@link #PRECISION}) and rounded half-up to the cent once per line. The
 * caps of one agrément year are rounded cumulatively (each line takes the rounded running total less the rounded
 * total before it), so they add up to the agrément year's cap to the cent: a capped agrément year of the default
 * version pays exactly 160 000.00 € whatever the leap years, and three of them 480 000.00 €.
 */
public final class FundingCalculator {

    /** Precision of intermediate amounts (34 significant digits). */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /** Computes with, for each period, the version of the book that governs it. */
    public FundingSchedule compute(FundingInputs inputs, PolicyBook book, LocalDate computedOn) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(book, "policy book");
        Objects.requireNonNull(computedOn, "computation date");
        List<Piece> pieces = pieces(inputs, book);
        SchemeVersion headline = governing(book, inputs.scheme(), inputs.firstStart(), inputs.firstStart());
        return FundingSchedule.of(inputs, headline.label(), computedOn, price(pieces, inputs));
    }

    /**
     * Computes with one version only, which must be of the inputs' scheme and in force when each period starts (a
     * version never governs a period that started before its effective date, unless it says so).
     */
    public FundingSchedule compute(FundingInputs inputs, SchemeVersion version, LocalDate computedOn) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(version, "scheme version");
        if (version.scheme() != inputs.scheme()) {
            throw new IllegalArgumentException("version " + version.label() + " is of " + version.scheme() + ", the inputs of "
                    + inputs.scheme());
        }
        return compute(inputs, PolicyBook.of(version), computedOn);
    }

    // ------------------------------------------------------------------ segmentation

    /** Why a piece gets its rate. */
    enum Basis {
        /** Rate of the agrément period (or of the scheme). */
        FUNDED,
        /** Agrément period beyond the listed rates: self-financing. */
        BEYOND_RATED_PERIODS,
        /** Agrément year beyond the funded years: self-financing. */
        BEYOND_FUNDED_YEARS,
        /** A pole: its projects' public share. */
        POLE
    }

    /**
     * One line to be priced: within one calendar year and one agrément year of one period, priced by one version.
     *
     * @param agrementYear the agrément year, counted over the periods (animateur: (period − 1) × period length + k)
     * @param yearStart    first day of the (whole) agrément year
     * @param yearEnd      last day of the (whole) agrément year
     * @param limit        set when the scheme's time limit ended the support on {@code to}
     * @param cut          set when the inputs' cut ended the support on {@code to}
     */
    record Piece(AgrementPeriod period, LocalDate from, LocalDate to, int agrementYear, LocalDate yearStart, LocalDate yearEnd,
            BigDecimal rate, BigDecimal capFactor, Basis basis, LocalDate limit, FundingInputs.Cut cut, SchemeVersion version) {

        int days() {
            return (int) (ChronoUnit.DAYS.between(from, to) + 1);
        }

        int year() {
            return from.getYear();
        }

        int daysInAgrementYear() {
            return (int) (ChronoUnit.DAYS.between(yearStart, yearEnd) + 1);
        }

        SchemeParameters parameters() {
            return version.parameters();
        }
    }

    private static SchemeVersion governing(PolicyBook book, SchemeCode scheme, LocalDate periodStart, LocalDate day) {
        return book.governing(scheme, periodStart, day).orElseThrow(() -> new IllegalArgumentException(
                "no version of " + scheme + " was in force on " + periodStart + ", when the period started"));
    }

    private static List<Piece> pieces(FundingInputs inputs, PolicyBook book) {
        SchemeCode scheme = inputs.scheme();
        LocalDate firstStart = inputs.firstStart();
        SchemeVersion firstVersion = governing(book, scheme, firstStart, firstStart);
        // a support's time limit runs from its start, under the version that governs it
        LocalDate limit = firstVersion.parameters() instanceof TimeLimitedParameters limited
                ? AgrementTerm.lastDayOfMonths(firstStart, limited.maxMonths()) : null;
        FundingInputs.Cut cut = inputs.cut();
        List<Piece> out = new ArrayList<>();
        int yearsSoFar = 0;
        for (AgrementPeriod period : inputs.periods()) {
            SchemeVersion base = governing(book, scheme, period.start(), period.start());
            LocalDate end = period.end();
            LocalDate anchor = period.start();
            int yearsBefore = yearsSoFar;
            if (base.parameters() instanceof AnimatorParameters animator) {
                int length = animator.periodLengthYears();
                LocalDate longest = AgrementTerm.lastDay(period.start(), length);
                if (end.isAfter(longest)) {
                    throw new IllegalArgumentException("agrément period " + period.number() + " lasts at most " + length
                            + " years: from " + period.start() + " it ends on " + longest + " at the latest, not " + end);
                }
                yearsBefore = (period.number() - 1) * length;
            } else if (limit != null) {
                anchor = firstStart;
                yearsBefore = 0;
                if (period.start().isAfter(limit)) {
                    break;
                }
                end = Dates.min(end, limit);
            }
            LocalDate limitHit = limit != null && end.equals(limit) && period.end().isAfter(limit) ? limit : null;
            FundingInputs.Cut cutHit = null;
            if (cut != null && cut.lastDay().isBefore(end)) {
                end = cut.lastDay();
                cutHit = cut;
                limitHit = null;
            }
            if (end.isBefore(period.start())) {
                continue; // cut before it started: nothing funded
            }
            TreeSet<LocalDate> changes = new TreeSet<>(book.governingChanges(scheme, period.start(), end));
            for (int k = 1;; k++) {
                LocalDate yearStart = k == 1 ? anchor : AgrementTerm.lastDayOfMonths(anchor, 12L * (k - 1)).plusDays(1);
                LocalDate yearEnd = AgrementTerm.lastDayOfMonths(anchor, 12L * k);
                if (yearStart.isAfter(end)) {
                    break;
                }
                if (yearEnd.isBefore(period.start())) {
                    continue;
                }
                int agrementYear = yearsBefore + k;
                LocalDate a = Dates.max(yearStart, period.start());
                LocalDate b = Dates.min(yearEnd, end);
                // cut at each calendar-year boundary and at each day a later version starts pricing running periods
                LocalDate from = a;
                while (!from.isAfter(b)) {
                    LocalDate to = Dates.min(b, LocalDate.of(from.getYear(), 12, 31));
                    LocalDate change = changes.higher(from);
                    if (change != null && !change.isAfter(to)) {
                        to = change.minusDays(1);
                    }
                    SchemeVersion version = governing(book, scheme, period.start(), from);
                    boolean last = to.equals(end);
                    out.add(piece(period, from, to, agrementYear, yearStart, yearEnd, version, last ? limitHit : null,
                            last ? cutHit : null));
                    from = to.plusDays(1);
                }
            }
            yearsSoFar = out.isEmpty() ? yearsSoFar : out.get(out.size() - 1).agrementYear();
        }
        return out;
    }

    private static Piece piece(AgrementPeriod period, LocalDate from, LocalDate to, int agrementYear, LocalDate yearStart,
            LocalDate yearEnd, SchemeVersion version, LocalDate limit, FundingInputs.Cut cut) {
        SchemeParameters parameters = version.parameters();
        if (parameters instanceof AnimatorParameters animator) {
            BigDecimal rate = animator.rateOfPeriod(period.number());
            if (agrementYear > animator.maxFundedYears()) {
                return new Piece(period, from, to, agrementYear, yearStart, yearEnd, BigDecimal.ZERO, BigDecimal.ZERO,
                        Basis.BEYOND_FUNDED_YEARS, limit, cut, version);
            }
            Basis basis = period.number() > animator.periodRates().size() ? Basis.BEYOND_RATED_PERIODS : Basis.FUNDED;
            return new Piece(period, from, to, agrementYear, yearStart, yearEnd, rate, rate, basis, limit, cut, version);
        }
        if (parameters instanceof TimeLimitedParameters limited) {
            return new Piece(period, from, to, agrementYear, yearStart, yearEnd, limited.rate(), BigDecimal.ONE, Basis.FUNDED, limit,
                    cut, version);
        }
        if (parameters instanceof PoleParameters) {
            return new Piece(period, from, to, agrementYear, yearStart, yearEnd, BigDecimal.ONE, BigDecimal.ONE, Basis.POLE, limit,
                    cut, version);
        }
        throw new IllegalStateException("unknown parameters " + parameters);
    }

    // ------------------------------------------------------------------ pricing

    private record Priced(Piece piece, BigDecimal eligible, BigDecimal contributions, BigDecimal wanted, BigDecimal cap,
            boolean declared) {

        BigDecimal granted() {
            return wanted.min(cap);
        }

        boolean capReached() {
            return cap.compareTo(wanted) < 0;
        }
    }

    private static List<ScheduleLine> price(List<Piece> pieces, FundingInputs inputs) {
        boolean pole = inputs.scheme() == SchemeCode.COMPETITIVENESS_POLE;
        List<Priced> priced = new ArrayList<>(pieces.size());
        int i = 0;
        while (i < pieces.size()) {
            int year = pieces.get(i).year();
            int j = i;
            while (j < pieces.size() && pieces.get(j).year() == year) {
                j++;
            }
            List<Piece> sameYear = pieces.subList(i, j);
            int daysInYear = Year.of(year).length();
            BigDecimal[] costs = pole ? null : shares(inputs.eligibleCosts(), year, sameYear, daysInYear);
            boolean declared = !pole && inputs.eligibleCosts().declaredFor(year).isPresent();
            for (int k = 0; k < sameYear.size(); k++) {
                Piece piece = sameYear.get(k);
                BigDecimal eligible;
                BigDecimal contributions;
                BigDecimal wanted;
                if (pole) {
                    eligible = projectShare(inputs.projects(), piece, false);
                    contributions = projectShare(inputs.projects(), piece, true);
                    wanted = eligible.subtract(contributions).max(BigDecimal.ZERO);
                } else {
                    eligible = costs[k];
                    contributions = null;
                    wanted = eligible.multiply(piece.rate());
                }
                BigDecimal cap = proRata(piece.parameters().yearlyCap().amount().multiply(piece.capFactor()), piece.days(),
                        piece.daysInAgrementYear());
                priced.add(new Priced(piece, eligible, contributions, wanted, cap, declared));
            }
            i = j;
        }
        return round(priced, inputs);
    }

    /**
     * Rounds each line half-up to the cent once. The caps of one agrément year are rounded cumulatively so that they
     * add up to the year's cap; when every line of the year is capped, the grants are those caps (never above the
     * line's rounded costs × rate, which only binds when costs exceed the cap by less than a cent), so the agrément
     * year pays its cap to the cent.
     */
    private static List<ScheduleLine> round(List<Priced> priced, FundingInputs inputs) {
        List<ScheduleLine> lines = new ArrayList<>(priced.size());
        int i = 0;
        while (i < priced.size()) {
            Piece first = priced.get(i).piece();
            int j = i;
            while (j < priced.size() && sameAgrementYear(first, priced.get(j).piece())) {
                j++;
            }
            List<Priced> year = priced.subList(i, j);
            boolean allCapped = year.stream().allMatch(Priced::capReached);
            BigDecimal running = BigDecimal.ZERO;
            Money roundedBefore = Money.ZERO;
            for (Priced p : year) {
                running = running.add(p.cap());
                Money roundedNow = Money.rounded(running);
                Money cap = roundedNow.minus(roundedBefore);
                roundedBefore = roundedNow;
                // never above the line's own costs at its rate: a cap share rounded up by a cent cannot overpay a line
                Money granted = allCapped ? cap.min(Money.rounded(p.wanted())) : Money.rounded(p.granted());
                lines.add(line(p, cap, granted, inputs));
            }
            i = j;
        }
        return lines;
    }

    private static boolean sameAgrementYear(Piece a, Piece b) {
        return a.period().number() == b.period().number() && a.agrementYear() == b.agrementYear();
    }

    /** The part of the approved projects' budgets (or private contributions) that falls on the piece's days. */
    private static BigDecimal projectShare(List<PoleProject> projects, Piece piece, boolean contributions) {
        BigDecimal total = BigDecimal.ZERO;
        for (PoleProject project : projects) {
            long days = project.daysWithin(piece.from(), piece.to());
            if (days > 0) {
                BigDecimal amount = (contributions ? project.privateContributions() : project.budget()).amount();
                total = total.add(days == project.days() ? amount
                        : amount.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(project.days()), PRECISION));
            }
        }
        return total;
    }

    /**
     * The amount of each line of one budget year: a declaration for the year is shared by days (cumulatively
     * rounded to the cent, so the shares add up to the declaration exactly); otherwise the default yearly amount
     * pro rata temporis, in full precision.
     */
    private static BigDecimal[] shares(YearlyAmounts amounts, int year, List<Piece> pieces, int daysInYear) {
        BigDecimal[] out = new BigDecimal[pieces.size()];
        Optional<Money> declared = amounts.declaredFor(year);
        if (declared.isPresent()) {
            BigDecimal total = declared.get().amount();
            long allDays = 0;
            for (Piece piece : pieces) {
                allDays += piece.days();
            }
            long cumulated = 0;
            BigDecimal previous = BigDecimal.ZERO;
            for (int k = 0; k < pieces.size(); k++) {
                cumulated += pieces.get(k).days();
                BigDecimal upToHere = cumulated == allDays ? total
                        : total.multiply(BigDecimal.valueOf(cumulated)).divide(BigDecimal.valueOf(allDays), Money.SCALE,
                                Money.ROUNDING);
                out[k] = upToHere.subtract(previous);
                previous = upToHere;
            }
        } else {
            for (int k = 0; k < pieces.size(); k++) {
                out[k] = proRata(amounts.defaultYearly().amount(), pieces.get(k).days(), daysInYear);
            }
        }
        return out;
    }

    static BigDecimal proRata(BigDecimal yearly, int days, int daysInYear) {
        if (days == daysInYear) {
            return yearly;
        }
        return yearly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(daysInYear), PRECISION);
    }

    private static ScheduleLine line(Priced p, Money cap, Money granted, FundingInputs inputs) {
        Piece piece = p.piece();
        int days = piece.days();
        int daysInYear = Year.of(piece.year()).length();
        Money eligible = Money.rounded(p.eligible());
        Money contributions = p.contributions() == null ? Money.ZERO : Money.rounded(p.contributions());
        Money left = eligible.minus(granted);
        Explanation explanation = LineTexts.explain(new LineTexts.Facts(piece, days, daysInYear, eligible, p.declared(),
                inputs.eligibleCosts().defaultYearly(), Money.rounded(p.wanted()), cap, contributions, granted, left,
                p.capReached(), inputs.scheme()));
        return new ScheduleLine(piece.year(), piece.period().number(), piece.agrementYear(), piece.from(), piece.to(), days,
                daysInYear, eligible, piece.rate(), cap, contributions, granted, left, explanation, piece.version().label(), null);
    }
}
