package be.wallonie.clusters.funding.application.service;

import be.wallonie.clusters.funding.application.port.in.InvalidCommandException;
import be.wallonie.clusters.funding.application.port.in.PaymentReferenceConflictException;
import be.wallonie.clusters.funding.application.port.in.PaymentsQuery;
import be.wallonie.clusters.funding.application.port.in.RecordPaymentCommand;
import be.wallonie.clusters.funding.application.port.in.RecordPaymentUseCase;
import be.wallonie.clusters.funding.application.port.in.UnknownFundingFileException;
import be.wallonie.clusters.funding.application.port.out.FundingFilePort;
import be.wallonie.clusters.funding.application.port.out.PaymentStorePort;
import be.wallonie.clusters.funding.application.port.out.PublishFundingEventsPort;
import be.wallonie.clusters.funding.application.port.out.ScheduleStorePort;
import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.payment.Payment;
import be.wallonie.clusters.funding.domain.payment.PaymentLedger;
import be.wallonie.clusters.funding.domain.payment.PaymentRefusedException;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Records the Region's payments against the lines of the current schedules, one file at a time (the file's row is
 * locked, so a payment and a recomputation of the same file never interleave), and reads what each line has left to pay.
 */
@ApplicationScoped
public class PaymentService implements RecordPaymentUseCase, PaymentsQuery {

    private final FundingFilePort files;
    private final ScheduleStorePort schedules;
    private final PaymentStorePort payments;
    private final PublishFundingEventsPort events;
    private final Clock clock;

    public PaymentService(FundingFilePort files, ScheduleStorePort schedules, PaymentStorePort payments,
            PublishFundingEventsPort events, Clock clock) {
        this.files = files;
        this.schedules = schedules;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RecordedPayment recordPayment(RecordPaymentCommand c) {
        files.loadFundingFileForUpdate(c.dossierId()).orElseThrow(() -> new UnknownFundingFileException(c.dossierId()));
        LocalDate today = LocalDate.now(clock);
        if (c.paidOn().isAfter(today)) {
            throw InvalidCommandException.of("paidOn", "pas dans le futur (nous sommes le " + today + ")",
                    "not in the future (today is " + today + ")");
        }
        Optional<Payment> existing = payments.paymentByReference(c.dossierId(), c.reference());
        if (existing.isPresent()) {
            Payment p = existing.get();
            if (p.sameContentAs(c.scheme() == null ? p.scheme() : c.scheme(), c.line(), c.amount(), c.paidOn())) {
                return new RecordedPayment(p, false);
            }
            throw new PaymentReferenceConflictException(p);
        }
        Map<SchemeCode, ComputedSchedule> current = current(c.dossierId());
        List<Payment> paid = payments.paymentsOf(c.dossierId());
        SchemeCode scheme = c.scheme() != null ? c.scheme() : scheme(c, current, paid);
        PaymentLedger ledger = PaymentLedger.of(scheme, current.get(scheme), paid);
        ledger.check(c.line(), c.amount()); // a payment against a line implies the scheme has a current version
        ComputedSchedule against = ledger.current();
        Payment payment = new Payment(UUID.randomUUID(), c.dossierId(), scheme, c.line(), c.amount(), c.paidOn(), c.reference(),
                against.id(), against.version(), c.recordedBy(), clock.instant());
        payments.savePayment(payment);
        events.paymentRecorded(payment);
        return new RecordedPayment(payment, true);
    }

    /** The scheme of a request that names none: the file's only schedule. */
    private static SchemeCode scheme(RecordPaymentCommand c, Map<SchemeCode, ComputedSchedule> current, List<Payment> paid) {
        Set<SchemeCode> schemes = new TreeSet<>(current.keySet());
        paid.forEach(p -> schemes.add(p.scheme()));
        if (schemes.isEmpty()) {
            throw new PaymentRefusedException(PaymentRefusedException.Reason.LINE_NOT_IN_SCHEDULE, c.line(), Money.ZERO, Money.ZERO,
                    c.amount());
        }
        if (schemes.size() > 1) {
            String names = schemes.stream().map(Enum::name).collect(Collectors.joining(", "));
            throw InvalidCommandException.of("scheme", "obligatoire : le dossier a plusieurs calendriers (" + names + ")",
                    "required: the file has several schedules (" + names + ")");
        }
        return schemes.iterator().next();
    }

    private Map<SchemeCode, ComputedSchedule> current(UUID dossierId) {
        Map<SchemeCode, ComputedSchedule> current = new EnumMap<>(SchemeCode.class);
        for (ComputedSchedule s : schedules.schedulesOf(dossierId)) {
            current.merge(s.scheme(), s, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return current;
    }

    @Override
    public PaymentPage payments(UUID dossierId, int page, int size) {
        return new PaymentPage(payments.paymentsOf(dossierId, (long) page * size, size), page, size, payments.countPayments(dossierId));
    }

    @Override
    public Optional<Payment> payment(UUID dossierId, UUID paymentId) {
        return payments.payment(dossierId, paymentId);
    }

    @Override
    public Map<SchemeCode, PaymentLedger> ledgers(UUID dossierId) {
        Map<SchemeCode, ComputedSchedule> current = current(dossierId);
        List<Payment> paid = payments.paymentsOf(dossierId);
        Set<SchemeCode> schemes = new TreeSet<>(current.keySet());
        paid.forEach(p -> schemes.add(p.scheme()));
        Map<SchemeCode, PaymentLedger> out = new EnumMap<>(SchemeCode.class);
        for (SchemeCode scheme : schemes) {
            out.put(scheme, PaymentLedger.of(scheme, current.get(scheme), paid));
        }
        return out;
    }

    @Override
    public Map<UUID, List<Payment>> paymentsOf(Collection<UUID> dossierIds) {
        return payments.paymentsOf(dossierIds);
    }
}
