package be.wallonie.clusters.funding.application.port.in;

import java.util.List;
import java.util.stream.Collectors;

/** A command that breaks its rules: every offending field at once. */
public class InvalidCommandException extends IllegalArgumentException {

    private final List<FieldViolation> violations;

    public InvalidCommandException(List<FieldViolation> violations) {
        super("invalid fields: " + violations.stream().map(v -> v.field() + " (" + v.en() + ")").collect(Collectors.joining(", ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid command has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public static InvalidCommandException of(String field, String fr, String en) {
        return new InvalidCommandException(List.of(new FieldViolation(field, fr, en)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
