package be.wallonie.clusters.registry.domain.organisation;

import java.util.Objects;

/**
 * One broken rule of an organisation: where ({@code field}, a path such as
 * {@code establishments[1].postalCode}), which rule ({@link Code}) and the rejected value. The
 * human text (French and English) is chosen by the adapter that reports it.
 */
public record Violation(String field, Code code, String rejectedValue) {

    public enum Code {
        REQUIRED,
        TOO_LONG,
        ENTERPRISE_NUMBER_FORMAT,
        ENTERPRISE_NUMBER_FIRST_DIGIT,
        ENTERPRISE_NUMBER_CHECKSUM,
        ENTERPRISE_NUMBER_REQUIRED_FOR_BELGIAN_ORGANISATION,
        COUNTRY_FORMAT,
        BELGIAN_POSTAL_CODE_FORMAT,
        FOREIGN_POSTAL_CODE_FORMAT,
        NACE_CODE_FORMAT,
        NEGATIVE_EMPLOYEES,
        SIZE_CLASS_REQUIRED_FOR_ENTERPRISE,
        SIZE_CLASS_ONLY_FOR_ENTERPRISE,
        AT_LEAST_ONE_ESTABLISHMENT,
        EXACTLY_ONE_REGISTERED_OFFICE,
        REGION_IS_DERIVED
    }

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
    }

    /** The same violation, reported under a longer path (e.g. {@code postalCode} → {@code establishments[0].postalCode}). */
    public Violation under(String prefix) {
        return new Violation(prefix + "." + field, code, rejectedValue);
    }
}
