package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import java.util.List;
import java.util.Objects;

/**
 * A use case refused a request and changed nothing. The kind says how the REST adapter answers
 * (404, 403, 409, 412, 422, 400); the code is stable for clients; the violations name each failed rule or field.
 */
public class Refusal extends RuntimeException {

    public enum Kind { NOT_FOUND, FORBIDDEN, CONFLICT, STALE, UNPROCESSABLE, INVALID }

    /** One offending field or broken rule. */
    public record Violation(String field, LocalizedText message) {
    }

    private final Kind kind;
    private final String code;
    private final LocalizedText detail;
    private final List<Violation> violations;
    private final Long currentVersion;

    public Refusal(Kind kind, String code, LocalizedText detail) {
        this(kind, code, detail, List.of(), null);
    }

    public Refusal(Kind kind, String code, LocalizedText detail, List<Violation> violations, Long currentVersion) {
        super(code + ": " + detail.en());
        this.kind = Objects.requireNonNull(kind);
        this.code = code;
        this.detail = detail;
        this.violations = List.copyOf(violations);
        this.currentVersion = currentVersion;
    }

    public static Refusal stale(String what, long expected, long current) {
        return new Refusal(Kind.STALE, "STALE_VERSION", new LocalizedText(
                "%s a changé : version %d attendue, version actuelle %d".formatted(what, expected, current),
                "%s changed: version %d expected, current version %d".formatted(what, expected, current)), List.of(), current);
    }

    public static Refusal invalid(List<Violation> violations) {
        return new Refusal(Kind.INVALID, null, new LocalizedText("%d champ(s) invalide(s)".formatted(violations.size()),
                "%d invalid field(s)".formatted(violations.size())), violations, null);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public LocalizedText detail() {
        return detail;
    }

    public List<Violation> violations() {
        return violations;
    }

    public Long currentVersion() {
        return currentVersion;
    }
}
