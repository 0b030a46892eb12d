package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Query parameters read by hand, so a malformed one is a 400 problem naming it (not a 404). */
final class QueryParams {

    static final int MAX_SIZE = 100;

    private QueryParams() {
    }

    static void page(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw invalid(page < 0 ? "page" : "size", "page ≥ 0, 1 ≤ size ≤ " + MAX_SIZE);
        }
    }

    static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "UUID");
        }
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, "AAAA-MM-JJ / YYYY-MM-DD");
        }
    }

    static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(name, String.join(" | ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static ProblemException invalid(String name, String expected) {
        return new ProblemException(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Paramètre refusé : %s", "Parameter refused: %s").formatted(name),
                List.of(new FieldProblem(name, expected)), null);
    }
}
