package be.wallonie.clusters.registry.domain.avis;

import java.util.List;

/** An avis that breaks its rules; every offending field at once. */
public class InvalidCelluleAvisException extends RuntimeException {

    private final List<AvisViolation> violations;

    public InvalidCelluleAvisException(List<AvisViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<AvisViolation> violations() {
        return violations;
    }
}
