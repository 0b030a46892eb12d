package be.wallonie.clusters.funding.domain.file;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One agrément period of a cluster as the registry granted it.
 *
 * @param agrementId the registry's agrément
 * @param number     1 for the first agrément, 2, 3… for renewals
 * @param start      first day
 * @param end        last day (brought forward when the agrément ends early)
 * @param expired    whether the registry reported the agrément expired
 */
public record FundedPeriod(UUID agrementId, int number, LocalDate start, LocalDate end, boolean expired) {

    public FundedPeriod {
        Objects.requireNonNull(agrementId, "agrément id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (number < 1) {
            throw new IllegalArgumentException("period numbers start at 1: " + number);
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("agrément " + agrementId + " ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
