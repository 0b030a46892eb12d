package be.wallonie.clusters.registry.domain.avis;

import java.util.Objects;

/** One broken rule of an avis: where (a JSON path such as {@code criteria[1].reason}) and which rule. */
public record AvisViolation(String field, Code code) {

    public enum Code {
        REQUIRED,
        TOO_LONG,
        UNKNOWN_VALUE,
        DUPLICATE
    }

    public AvisViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
    }
}
