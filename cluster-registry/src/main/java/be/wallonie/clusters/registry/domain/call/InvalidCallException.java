package be.wallonie.clusters.registry.domain.call;

import java.util.List;

/** A call that breaks its rules; every offending field at once. */
public class InvalidCallException extends RuntimeException {

    private final List<CallViolation> violations;

    public InvalidCallException(List<CallViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<CallViolation> violations() {
        return violations;
    }
}
