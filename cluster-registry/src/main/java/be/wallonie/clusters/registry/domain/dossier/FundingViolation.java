package be.wallonie.clusters.registry.domain.dossier;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One broken funding rule of a declared beneficiary or an approved pole project: where (a field) and which rule. */
public record FundingViolation(String field, Code code) {

    public enum Code {
        REQUIRED,
        /** The organisation is not a member of the dossier. */
        NOT_A_MEMBER,
        /** A pole declares no yearly eligible costs: it is funded by its approved projects. */
        NOT_FOR_POLE,
        /** An amount that must be more than zero. */
        NOT_POSITIVE,
        NEGATIVE,
        /** More than two decimals. */
        TOO_PRECISE,
        /** Private contributions above the project's budget. */
        ABOVE_BUDGET,
        UNKNOWN_KIND,
        TOO_LONG,
        /** A year outside the range the policy knows. */
        OUT_OF_RANGE,
        /** An end date before the start date. */
        BEFORE_START,
        /** The project's dates do not lie inside one agrément period of the pole. */
        OUTSIDE_AGREMENT,
        /** The call's year is after the year the project starts. */
        CALL_AFTER_START
    }

    public FundingViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
    }

    /** An amount in euros: at most two decimals, never negative, and more than zero when {@code positive}. */
    public static Optional<FundingViolation> amount(String field, BigDecimal value, boolean positive) {
        if (positive && value.signum() <= 0) {
            return Optional.of(new FundingViolation(field, Code.NOT_POSITIVE));
        }
        if (value.signum() < 0) {
            return Optional.of(new FundingViolation(field, Code.NEGATIVE));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return Optional.of(new FundingViolation(field, Code.TOO_PRECISE));
        }
        return Optional.empty();
    }
}
