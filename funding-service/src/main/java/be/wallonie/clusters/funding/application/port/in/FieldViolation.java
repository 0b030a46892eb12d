package be.wallonie.clusters.funding.application.port.in;

import java.util.Objects;

/**
 * One offending field of a command: its path in the request (e.g. {@code eligibleCosts.declared.2026}) and what is
 * wrong, in French (the default) and English.
 */
public record FieldViolation(String field, String fr, String en) {

    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }
}
