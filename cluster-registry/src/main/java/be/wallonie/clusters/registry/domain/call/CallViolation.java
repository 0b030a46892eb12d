package be.wallonie.clusters.registry.domain.call;

import java.util.Objects;

/** One broken rule of a call or a session request: where, and which rule; the adapter words it in French and English. */
public record CallViolation(String field, Code code) {

    public enum Code {
        REQUIRED,
        TOO_LONG,
        CLOSING_BEFORE_OPENING,
        CALL_TOO_LONG,
        INTERVAL_OUT_OF_RANGE,
        CUT_OFF_OUT_OF_RANGE,
        CLOSING_IN_THE_PAST
    }

    public CallViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
    }
}
