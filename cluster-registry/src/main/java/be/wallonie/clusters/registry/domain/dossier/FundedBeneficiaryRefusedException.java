package be.wallonie.clusters.registry.domain.dossier;

/** A funded beneficiary the dossier's scheme does not take. */
public class FundedBeneficiaryRefusedException extends RuntimeException {

    public enum Reason {
        /** An economic cluster's funding goes to its animateur's employer: it declares the animateur post instead. */
        NOT_FOR_ECONOMIC_CLUSTER
    }

    private final Reason reason;

    public FundedBeneficiaryRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
