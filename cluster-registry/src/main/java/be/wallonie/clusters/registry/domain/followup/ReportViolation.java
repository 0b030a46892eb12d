package be.wallonie.clusters.registry.domain.followup;

import java.util.Objects;

/**
 * One broken rule of a follow-up report: where (a JSON path such as {@code indicators.patentsFiled} or
 * {@code plan.actions[0].index}, positions from 0 as in the request), which rule, and what it is about when the field
 * alone does not say (the index outside the plan, the plan items not reported), else null.
 */
public record ReportViolation(String field, Code code, String detail) {

    public enum Code {
        REQUIRED,
        NEGATIVE,
        TOO_PRECISE,
        UNKNOWN_KEY,
        TOO_LONG,
        YEAR_OUTSIDE_AGREMENT,
        YEAR_NOT_STARTED,
        /** An action, gain or condition index the judged plan does not have. */
        NOT_IN_PLAN,
        /** The same plan item reported twice. */
        DUPLICATE,
        /** Plan items the report leaves out (every one is reported). */
        NOT_REPORTED,
        /** A postponed or dropped action says why. */
        REASON_REQUIRED
    }

    public ReportViolation(String field, Code code) {
        this(field, code, null);
    }

    public ReportViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
    }
}
