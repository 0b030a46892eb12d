package be.wallonie.clusters.funding.domain.schedule;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.PoleParameters;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
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

/**
 * Computes a funding schedule (domain.md §5). Pure and deterministic: the same inputs, version and computation
 * date always give an equal schedule; stateless and thread-safe.
 *
 * <p>The periods are cut at every calendar-year boundary, every agrément-period boundary, the end of the funded
 * years (animateur scheme) and the time limit (preparation, grape); each piece is one {@link ScheduleLine}:
 * <ul>
 *   <li>eligible costs: the amount declared for that budget year (shared by days between the year's lines), else
 *       the default yearly cost × days covered / days in the year;</li>
 *   <li>cap applied: yearly cap × days covered / days in the year, times the rate for the animateur scheme
 *       ("capped at 160 000 € × rate per year");</li>
 *   <li>granted: min(eligible × rate, cap applied); for a pole min(cap applied, max(0, budget − private
 *       contributions));</li>
 *   <li>left to the cluster: eligible − granted.</li>
 * </ul>
 * Everything is computed in full precision ({@link #PRECISION}) and rounded half-up to the cent once, when the
 * line is finalised; totals are sums of the rounded lines.
 */
public final class FundingCalculator {

    /** Precision of intermediate amounts (34 significant digits). */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /** Computes with the version of the inputs' scheme in force on {@code computedOn}. */
    public FundingSchedule compute(FundingInputs inputs, PolicyBook book, LocalDate computedOn) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(book, "policy book");
        return compute(inputs, book.versionAt(inputs.scheme(), computedOn), computedOn);
    }

    /**
     * Computes with one scheme version, which must be of the inputs' scheme and in force on {@code computedOn}
     * (a version never applies before its effective date).
     */
    public FundingSchedule compute(FundingInputs inputs, SchemeVersion version, LocalDate computedOn) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(version, "scheme version");
        Objects.requireNonNull(computedOn, "computation date");
        if (version.scheme() != inputs.scheme()) {
            throw new IllegalArgumentException("version " + version.label() + " is of " + version.scheme() + ", the inputs of "
                    + inputs.scheme());
        }
        if (!version.inForceOn(computedOn)) {
            throw new IllegalArgumentException("version " + version.label() + " of " + version.scheme() + " applies from "
                    + version.effectiveFrom() + ", not on " + computedOn);
        }
        SchemeParameters parameters = version.parameters();
        List<Piece> pieces = new ArrayList<>();
        if (parameters instanceof AnimatorParameters animator) {
            animatorPieces(inputs.periods(), animator, pieces);
        } else if (parameters instanceof TimeLimitedParameters limited) {
            timeLimitedPieces(inputs.periods(), limited, pieces);
        } else if (parameters instanceof PoleParameters) {
            polePieces(inputs.periods(), pieces);
        } else {
            throw new IllegalStateException("unknown parameters " + parameters);
        }
        return FundingSchedule.of(inputs, version.label(), computedOn, price(pieces, inputs, parameters));
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
        /** A pole: budget less private contributions. */
        POLE
    }

    /** One line to be priced: within one calendar year and one period. {@code limit} is set when a time limit cut the period. */
    record Piece(AgrementPeriod period, LocalDate from, LocalDate to, int agrementYear, BigDecimal rate, BigDecimal capFactor,
            Basis basis, LocalDate limit) {

        int days() {
            return (int) (ChronoUnit.DAYS.between(from, to) + 1);
        }

        int year() {
            return from.getYear();
        }
    }

    private static void animatorPieces(List<AgrementPeriod> periods, AnimatorParameters parameters, List<Piece> out) {
        int length = parameters.periodLengthYears();
        for (AgrementPeriod period : periods) {
            LocalDate longest = Dates.lastDayOf(period.start(), 12L * length);
            if (period.end().isAfter(longest)) {
                throw new IllegalArgumentException("agrément period " + period.number() + " lasts at most " + length
                        + " years: from " + period.start() + " it ends on " + longest + " at the latest, not " + period.end());
            }
            int yearsBefore = (period.number() - 1) * length;
            int fundedYearsLeft = parameters.maxFundedYears() - yearsBefore;
            BigDecimal rate = parameters.rateOfPeriod(period.number());
            Basis basis = period.number() > parameters.periodRates().size() ? Basis.BEYOND_RATED_PERIODS : Basis.FUNDED;
            if (fundedYearsLeft <= 0) {
                split(period, period.start(), period.end(), yearsBefore, BigDecimal.ZERO, BigDecimal.ZERO,
                        Basis.BEYOND_FUNDED_YEARS, null, out);
                continue;
            }
            LocalDate selfFinancingFrom = fundedYearsLeft >= length ? null : period.start().plusYears(fundedYearsLeft);
            if (selfFinancingFrom == null || selfFinancingFrom.isAfter(period.end())) {
                split(period, period.start(), period.end(), yearsBefore, rate, rate, basis, null, out);
            } else {
                split(period, period.start(), selfFinancingFrom.minusDays(1), yearsBefore, rate, rate, basis, null, out);
                split(period, selfFinancingFrom, period.end(), yearsBefore, BigDecimal.ZERO, BigDecimal.ZERO,
                        Basis.BEYOND_FUNDED_YEARS, null, out);
            }
        }
    }

    private static void timeLimitedPieces(List<AgrementPeriod> periods, TimeLimitedParameters parameters, List<Piece> out) {
        LocalDate firstStart = periods.get(0).start();
        LocalDate limit = Dates.lastDayOf(firstStart, parameters.maxMonths());
        for (AgrementPeriod period : periods) {
            if (period.start().isAfter(limit)) {
                break;
            }
            boolean cut = period.end().isAfter(limit);
            split(period, period.start(), Dates.min(period.end(), limit), 0, parameters.rate(), BigDecimal.ONE, Basis.FUNDED,
                    cut ? limit : null, out, firstStart);
        }
    }

    private static void polePieces(List<AgrementPeriod> periods, List<Piece> out) {
        LocalDate firstStart = periods.get(0).start();
        for (AgrementPeriod period : periods) {
            split(period, period.start(), period.end(), 0, BigDecimal.ONE, BigDecimal.ONE, Basis.POLE, null, out, firstStart);
        }
    }

    /** Agrément years counted from the period's own start, after {@code yearsBefore} years of earlier periods. */
    private static void split(AgrementPeriod period, LocalDate from, LocalDate to, int yearsBefore, BigDecimal rate,
            BigDecimal capFactor, Basis basis, LocalDate limit, List<Piece> out) {
        split(period, from, to, yearsBefore, rate, capFactor, basis, limit, out, period.start());
    }

    private static void split(AgrementPeriod period, LocalDate from, LocalDate to, int yearsBefore, BigDecimal rate,
            BigDecimal capFactor, Basis basis, LocalDate limit, List<Piece> out, LocalDate countFrom) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate a = Dates.max(from, LocalDate.of(year, 1, 1));
            LocalDate b = Dates.min(to, LocalDate.of(year, 12, 31));
            int agrementYear = yearsBefore + (int) ChronoUnit.YEARS.between(countFrom, a) + 1;
            out.add(new Piece(period, a, b, agrementYear, rate, capFactor, basis, limit));
        }
    }

    // ------------------------------------------------------------------ pricing

    private static List<ScheduleLine> price(List<Piece> pieces, FundingInputs inputs, SchemeParameters parameters) {
        boolean pole = parameters instanceof PoleParameters;
        List<ScheduleLine> lines = new ArrayList<>(pieces.size());
        int i = 0;
        while (i < pieces.size()) {
            int year = pieces.get(i).year();
            int j = i;
            while (j < pieces.size() && pieces.get(j).year() == year) {
                j++;
            }
            List<Piece> sameYear = pieces.subList(i, j);
            int daysInYear = Year.of(year).length();
            BigDecimal[] costs = shares(inputs.eligibleCosts(), year, sameYear, daysInYear);
            BigDecimal[] contributions = pole ? shares(inputs.privateContributions(), year, sameYear, daysInYear) : null;
            boolean declared = inputs.eligibleCosts().declaredFor(year).isPresent();
            for (int k = 0; k < sameYear.size(); k++) {
                lines.add(line(sameYear.get(k), daysInYear, costs[k], pole ? contributions[k] : null, declared, inputs,
                        parameters));
            }
            i = j;
        }
        return lines;
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

    private static ScheduleLine line(Piece piece, int daysInYear, BigDecimal eligibleExact, BigDecimal contributionsExact,
            boolean declared, FundingInputs inputs, SchemeParameters parameters) {
        int days = piece.days();
        BigDecimal capExact = proRata(parameters.yearlyCap().amount().multiply(piece.capFactor()), days, daysInYear);
        BigDecimal wanted;
        if (contributionsExact != null) {
            wanted = eligibleExact.subtract(contributionsExact).max(BigDecimal.ZERO);
        } else {
            wanted = eligibleExact.multiply(piece.rate());
        }
        BigDecimal grantedExact = wanted.min(capExact);
        boolean capReached = capExact.compareTo(wanted) < 0;

        Money eligible = Money.rounded(eligibleExact);
        Money cap = Money.rounded(capExact);
        Money granted = Money.rounded(grantedExact);
        Money contributions = contributionsExact == null ? Money.ZERO : Money.rounded(contributionsExact);
        Money left = eligible.minus(granted);

        Explanation explanation = LineTexts.explain(new LineTexts.Facts(piece, days, daysInYear, eligible, declared,
                inputs.eligibleCosts().defaultYearly(), Money.rounded(wanted), parameters, cap, contributions, granted, left,
                capReached, inputs.scheme()));
        return new ScheduleLine(piece.year(), piece.period().number(), piece.agrementYear(), piece.from(), piece.to(), days,
                daysInYear, eligible, piece.rate(), cap, contributions, granted, left, explanation);
    }
}
