package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.PoleParameters;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeParameters;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.TimeLimitedParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Publish a new version of a scheme's policy data. The command checks its own figures (every offending field at
 * once, named as in the request); the publication rules that depend on the versions already published (new label,
 * effective today or later and after the latest version) are the policy book's. A version governs the periods that
 * start while it is in force; it reaches into periods already running only when it says so, and then only from
 * {@code appliesToRunningPeriodsFrom}.
 *
 * @param scheme        the scheme
 * @param label         a stable name, unique per scheme: letters, digits, '.', '_' or '-', at most 40 characters
 * @param effectiveFrom               periods (agrément periods, supports) starting on or after this day are governed by
 *                                    the version, until the next version takes effect
 * @param parameters                  the figures, of the shape the scheme needs
 * @param source                      what the figures rest on (a decision of the Walloon Government, …), optional
 * @param publishedBy                 who publishes
 * @param appliesToRunningPeriodsFrom optional: the version also prices the periods already running, from this day on
 *                                    (on or after {@code effectiveFrom}); lines before it keep their version
 */
public record PublishSchemeVersionCommand(SchemeCode scheme, String label, LocalDate effectiveFrom,
        SchemeParametersInput parameters, String source, String publishedBy, LocalDate appliesToRunningPeriodsFrom) {

    /** A version that governs only the periods starting while it is in force. */
    public PublishSchemeVersionCommand(SchemeCode scheme, String label, LocalDate effectiveFrom, SchemeParametersInput parameters,
            String source, String publishedBy) {
        this(scheme, label, effectiveFrom, parameters, source, publishedBy, null);
    }

    public static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    public static final int MAX_SOURCE_LENGTH = 1000;
    static final int MAX_PERIODS = 10;
    static final int MAX_PERIOD_LENGTH_YEARS = 10;
    static final int MAX_FUNDED_YEARS = 50;
    static final int MAX_MONTHS = 120;

    public PublishSchemeVersionCommand {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(publishedBy, "published by");
        Checks checks = new Checks();
        if (checks.required("label", label) && !LABEL.matcher(label).matches()) {
            checks.add("label", "lettres, chiffres, « . », « _ » ou « - », 40 caractères au plus, par exemple 2026-1",
                    "letters, digits, '.', '_' or '-', at most 40 characters, for example 2026-1");
        }
        boolean effective = checks.date("effectiveFrom", effectiveFrom);
        if (appliesToRunningPeriodsFrom != null && checks.date("appliesToRunningPeriodsFrom", appliesToRunningPeriodsFrom)
                && effective && appliesToRunningPeriodsFrom.isBefore(effectiveFrom)) {
            checks.add("appliesToRunningPeriodsFrom", "ne peut pas précéder la date d'effet de la version (" + effectiveFrom + ")",
                    "must not be before the version's effective date (" + effectiveFrom + ")");
        }
        if (source != null && source.length() > MAX_SOURCE_LENGTH) {
            checks.add("source", "au plus " + MAX_SOURCE_LENGTH + " caractères", "at most " + MAX_SOURCE_LENGTH + " characters");
        }
        if (checks.required("parameters", parameters)) {
            checkParameters(checks, scheme, parameters);
        }
        checks.throwIfAny();
        source = source == null || source.isBlank() ? null : source.strip();
    }

    private static void checkParameters(Checks checks, SchemeCode scheme, SchemeParametersInput p) {
        checks.amount("parameters.yearlyCap", p.yearlyCap());
        String fr = "le régime " + scheme.name() + " ne l'utilise pas";
        String en = "scheme " + scheme.name() + " does not use it";
        switch (scheme) {
            case CLUSTER_ANIMATOR -> {
                if (checks.required("parameters.periodRates", p.periodRates())) {
                    List<BigDecimal> rates = p.periodRates();
                    if (rates.isEmpty() || rates.size() > MAX_PERIODS) {
                        checks.add("parameters.periodRates", "de 1 à " + MAX_PERIODS + " taux, un par période d'agrément",
                                "1 to " + MAX_PERIODS + " rates, one per agrément period");
                    }
                    for (int i = 0; i < rates.size(); i++) {
                        checks.rate("parameters.periodRates[" + i + "]", rates.get(i));
                    }
                }
                checks.wholeNumber("parameters.periodLengthYears", p.periodLengthYears(), 1, MAX_PERIOD_LENGTH_YEARS);
                checks.wholeNumber("parameters.maxFundedYears", p.maxFundedYears(), 0, MAX_FUNDED_YEARS);
                checks.absent("parameters.rate", p.rate(), fr, en);
                checks.absent("parameters.maxMonths", p.maxMonths(), fr, en);
            }
            case CLUSTER_PREPARATION, TECHNOLOGY_GRAPE -> {
                checks.rate("parameters.rate", p.rate());
                checks.wholeNumber("parameters.maxMonths", p.maxMonths(), 1, MAX_MONTHS);
                absentAnimatorFigures(checks, p, fr, en);
            }
            case COMPETITIVENESS_POLE -> {
                absentAnimatorFigures(checks, p, fr, en);
                checks.absent("parameters.rate", p.rate(), fr, en);
                checks.absent("parameters.maxMonths", p.maxMonths(), fr, en);
            }
            default -> throw new IllegalStateException("unknown scheme " + scheme);
        }
    }

    private static void absentAnimatorFigures(Checks checks, SchemeParametersInput p, String fr, String en) {
        checks.absent("parameters.periodRates", p.periodRates(), fr, en);
        checks.absent("parameters.periodLengthYears", p.periodLengthYears(), fr, en);
        checks.absent("parameters.maxFundedYears", p.maxFundedYears(), fr, en);
    }

    /** The version to publish. */
    public SchemeVersion version() {
        return new SchemeVersion(scheme, label, effectiveFrom, schemeParameters(), appliesToRunningPeriodsFrom);
    }

    private SchemeParameters schemeParameters() {
        Money cap = new Money(parameters.yearlyCap());
        return switch (scheme) {
            case CLUSTER_ANIMATOR -> new AnimatorParameters(cap, parameters.periodRates(), parameters.periodLengthYears(),
                    parameters.maxFundedYears());
            case CLUSTER_PREPARATION, TECHNOLOGY_GRAPE -> new TimeLimitedParameters(parameters.rate(), cap, parameters.maxMonths());
            case COMPETITIVENESS_POLE -> new PoleParameters(cap);
        };
    }
}
