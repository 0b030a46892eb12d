package be.wallonie.clusters.registry.domain.dossier;

import java.util.List;

/** A funded beneficiary that breaks its scheme's rules; every offending field at once. */
public class InvalidFundedBeneficiaryException extends RuntimeException {

    private final List<FundingViolation> violations;

    public InvalidFundedBeneficiaryException(List<FundingViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<FundingViolation> violations() {
        return violations;
    }
}
