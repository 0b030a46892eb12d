package be.wallonie.clusters.registry.domain.accompaniment;

import java.util.List;

/** A project or an act that breaks its rules; every offending field at once. */
public class InvalidAccompanimentException extends RuntimeException {

    private final List<AccompanimentViolation> violations;

    public InvalidAccompanimentException(List<AccompanimentViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<AccompanimentViolation> violations() {
        return violations;
    }
}
