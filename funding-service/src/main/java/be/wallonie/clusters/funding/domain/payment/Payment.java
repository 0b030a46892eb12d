package be.wallonie.clusters.funding.domain.payment;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An amount the Region paid against one line of a cluster's schedule, or took back (a negative amount: a reversal
 * or a recovery). Recorded once, never changed: a correction is another payment.
 *
 * @param id              the payment
 * @param dossierId       the cluster's funding file
 * @param scheme          the schedule paid (a file has one schedule per scheme)
 * @param line            the line paid
 * @param amount          in euros, never zero; negative for a reversal
 * @param paidOn          the day the Region paid
 * @param reference       the Region's payment reference, unique per funding file
 * @param scheduleId      the schedule version the payment was recorded against
 * @param scheduleVersion its number
 * @param recordedBy      who recorded it
 * @param recordedAt      when
 */
public record Payment(UUID id, UUID dossierId, SchemeCode scheme, LineKey line, Money amount, LocalDate paidOn, String reference,
        UUID scheduleId, int scheduleVersion, String recordedBy, Instant recordedAt) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossier id");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidOn, "paid on");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(scheduleId, "schedule id");
        Objects.requireNonNull(recordedBy, "recorded by");
        Objects.requireNonNull(recordedAt, "recorded at");
        if (amount.isZero()) {
            throw new IllegalArgumentException("a payment moves money: its amount is not zero");
        }
    }

    /** Whether a request with this content is this payment again (same schedule, line, amount and day). */
    public boolean sameContentAs(SchemeCode otherScheme, LineKey otherLine, Money otherAmount, LocalDate otherPaidOn) {
        return scheme == otherScheme && line.equals(otherLine) && amount.equals(otherAmount) && paidOn.equals(otherPaidOn);
    }
}
