package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.payment.Payment;

/** The reference already names a payment of the file, with another content: the request is not that payment again. */
public class PaymentReferenceConflictException extends RuntimeException {

    private final Payment existing;

    public PaymentReferenceConflictException(Payment existing) {
        super("reference " + existing.reference() + " already names payment " + existing.id());
        this.existing = existing;
    }

    public Payment existing() {
        return existing;
    }
}
