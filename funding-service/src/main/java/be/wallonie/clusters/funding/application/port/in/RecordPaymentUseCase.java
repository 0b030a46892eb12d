package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.payment.Payment;

/** The Region records a payment (or a reversal) against a line of a cluster's schedule. */
public interface RecordPaymentUseCase {

    /**
     * Records the payment and announces it (PaymentRecorded, outbox, same transaction). The same reference with the
     * same content is the payment already recorded (nothing new, nothing announced).
     *
     * @throws UnknownFundingFileException when the dossier has no funding file
     * @throws PaymentReferenceConflictException when the reference names a payment with another content
     * @throws be.wallonie.clusters.funding.domain.payment.PaymentRefusedException when the line may not take the amount
     * @throws InvalidCommandException when the day is in the future, or the scheme is needed and missing
     */
    RecordedPayment recordPayment(RecordPaymentCommand command);

    /**
     * @param payment the payment
     * @param created true when recorded now, false when the request repeated a recorded payment
     */
    record RecordedPayment(Payment payment, boolean created) {
    }
}
