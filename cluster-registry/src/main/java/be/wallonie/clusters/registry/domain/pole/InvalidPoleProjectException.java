package be.wallonie.clusters.registry.domain.pole;

import be.wallonie.clusters.registry.domain.dossier.FundingViolation;
import java.util.List;

/** A pole project that breaks its rules; every offending field at once. */
public class InvalidPoleProjectException extends RuntimeException {

    private final List<FundingViolation> violations;

    public InvalidPoleProjectException(List<FundingViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<FundingViolation> violations() {
        return violations;
    }
}
