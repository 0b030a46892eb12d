package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.payment.Payment;
import be.wallonie.clusters.funding.domain.payment.PaymentLedger;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads the payments of funding files and what they leave to pay on each schedule. */
public interface PaymentsQuery {

    /** One page of a file's payments, in the order they were recorded. */
    PaymentPage payments(UUID dossierId, int page, int size);

    Optional<Payment> payment(UUID dossierId, UUID paymentId);

    /** The ledger of each current schedule of the file, by scheme. */
    Map<SchemeCode, PaymentLedger> ledgers(UUID dossierId);

    /** The payments of the files, by dossier, in the order they were recorded. */
    Map<UUID, List<Payment>> paymentsOf(Collection<UUID> dossierIds);

    record PaymentPage(List<Payment> items, int page, int size, long total) {
    }
}
