package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import java.util.List;
import java.util.Locale;

/** Query parameters read strictly: a bad value is a validation problem naming the parameter. */
final class Params {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private Params() {
    }

    static int intParam(String field, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(field, max == Integer.MAX_VALUE ? "nombre entier de %d ou plus attendu".formatted(min)
                : "nombre entier de %d à %d attendu".formatted(min, max));
    }

    static Boolean booleanParam(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(field, "true ou false attendu");
        };
    }

    static String countryParam(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("[A-Za-z]{2}")) {
            throw invalid(field, "code pays ISO 3166-1 alpha-2 attendu");
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }

    static ProblemException invalid(String field, String why) {
        return new ProblemException(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Paramètre invalide : %s", "Invalid parameter: %s").formatted(field),
                List.of(new FieldProblem(field, why)), null);
    }
}
