package be.wallonie.clusters.registry.domain.followup;

import java.util.Objects;

/** One broken rule of a follow-up report: where (a JSON path such as {@code indicators.patentsFiled}) and which rule. */
public record ReportViolation(String field, Code code) {

    public enum Code {
        REQUIRED,
        NEGATIVE,
        TOO_PRECISE,
        UNKNOWN_KEY,
        TOO_LONG,
        YEAR_OUTSIDE_AGREMENT,
        YEAR_NOT_STARTED
    }

    public ReportViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
    }
}
