package be.wallonie.clusters.funding.application.port.out;

import be.wallonie.clusters.funding.domain.payment.Payment;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Keeps the payments; a payment is appended, never changed. */
public interface PaymentStorePort {

    Optional<Payment> paymentByReference(UUID dossierId, String reference);

    Optional<Payment> payment(UUID dossierId, UUID paymentId);

    /** Every payment of the file, in the order they were recorded. */
    List<Payment> paymentsOf(UUID dossierId);

    /** At most {@code limit} payments of the file after the first {@code offset}, in the order they were recorded. */
    List<Payment> paymentsOf(UUID dossierId, long offset, int limit);

    long countPayments(UUID dossierId);

    Map<UUID, List<Payment>> paymentsOf(Collection<UUID> dossierIds);

    void savePayment(Payment payment);
}
