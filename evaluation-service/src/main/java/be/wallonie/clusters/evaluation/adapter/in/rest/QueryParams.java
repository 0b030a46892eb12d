package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Query parameters read by hand, so that a bad one is a validation problem naming it. */
final class QueryParams {

    private QueryParams() {
    }

    static int integer(String field, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        LocalizedText range = max == Integer.MAX_VALUE
                ? LocalizedText.of("Nombre entier de %d ou plus attendu", "Whole number of %d or more expected").formatted(min)
                : LocalizedText.of("Nombre entier de %d à %d attendu", "Whole number from %d to %d expected").formatted(min, max);
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(field, range);
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, LocalizedText.of("Date AAAA-MM-JJ attendue", "Date YYYY-MM-DD expected"));
        }
    }

    static <E extends Enum<E>> E enumeration(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(field, LocalizedText.of("Valeurs permises : %s", "Allowed values: %s")
                    .formatted(Arrays.toString(type.getEnumConstants())));
        }
    }

    static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(field, LocalizedText.of("true ou false attendu", "true or false expected"));
        };
    }

    static java.util.UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(field, LocalizedText.of("Identifiant UUID attendu", "UUID expected"));
        }
    }

    /** An ISO 3166-1 alpha-2 country code, upper case. */
    static String country(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[A-Za-z]{2}")) {
            throw invalid(field, LocalizedText.of("Code pays ISO 3166-1 alpha-2 attendu", "ISO 3166-1 alpha-2 country code expected"));
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }

    static ProblemException invalid(String field, LocalizedText why) {
        return new InvalidParameterException(field, why);
    }

    /** Carries both languages of the reason until the mapper knows the caller's. */
    static final class InvalidParameterException extends ProblemException {

        private final String field;
        private final LocalizedText why;

        InvalidParameterException(String field, LocalizedText why) {
            super(ProblemType.VALIDATION_FAILED, LocalizedText.of("Paramètre invalide : %s", "Invalid parameter: %s").formatted(field),
                    List.of(new FieldProblem(field, why.fr())), null);
            this.field = field;
            this.why = why;
        }

        String field() {
            return field;
        }

        LocalizedText why() {
            return why;
        }
    }
}
