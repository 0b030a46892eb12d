package be.wallonie.clusters.funding.domain.payment;

import be.wallonie.clusters.funding.domain.money.Money;
import java.util.Objects;

/**
 * A payment the rules refuse, with the figures of its line: what the current schedule grants, what was already paid,
 * and what was asked. Nothing is recorded.
 */
public class PaymentRefusedException extends RuntimeException {

    public enum Reason {
        /** The line is not in the file's current schedule (and, for a reversal, nothing was paid on it). */
        LINE_NOT_IN_SCHEDULE,
        /** The sum paid on the line would exceed what the current schedule grants on it. */
        EXCEEDS_GRANTED,
        /** A reversal would take the sum paid on the line below zero. */
        BELOW_ZERO
    }

    private final Reason reason;
    private final LineKey line;
    private final Money granted;
    private final Money alreadyPaid;
    private final Money asked;

    public PaymentRefusedException(Reason reason, LineKey line, Money granted, Money alreadyPaid, Money asked) {
        super(reason + " on line " + line + ": granted " + granted + ", already paid " + alreadyPaid + ", asked " + asked);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.line = line;
        this.granted = granted;
        this.alreadyPaid = alreadyPaid;
        this.asked = asked;
    }

    public Reason reason() {
        return reason;
    }

    public LineKey line() {
        return line;
    }

    public Money granted() {
        return granted;
    }

    public Money alreadyPaid() {
        return alreadyPaid;
    }

    public Money asked() {
        return asked;
    }
}
