package be.wallonie.clusters.registry.domain.organisation;

import java.util.List;

/**
 * One or more rules of an organisation are broken. Carries every violation found, so that a caller
 * can correct them all at once.
 */
public class InvalidOrganisationException extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidOrganisationException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid organisation has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public InvalidOrganisationException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        StringBuilder sb = new StringBuilder("invalid organisation:");
        for (Violation v : violations) {
            sb.append(' ').append(v.field()).append('=').append(v.code());
        }
        return sb.toString();
    }
}
