package be.wallonie.clusters.registry.domain.agrement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The agrément of a validated cluster for one period: 3 years by default ("Agrément pour 3 ans", 001), from the
 * decision date unless the Region sets another start. Period 1 is the first agrément; renewals are 2, 3…
 *
 * @param id           the agrément
 * @param dossierId    the cluster's dossier
 * @param periodNumber 1, 2, 3…
 * @param start        first day
 * @param end          last day
 * @param status       active, expired or renewed
 * @param decisionId   the decision that granted it
 * @param grantedBy    the Region's officer
 * @param grantedAt    when
 */
public record Agrement(UUID id, UUID dossierId, int periodNumber, LocalDate start, LocalDate end, Status status, UUID decisionId,
        String grantedBy, Instant grantedAt) {

    public enum Status {
        ACTIVE, EXPIRED, RENEWED
    }

    public Agrement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossier id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        if (periodNumber < 1) {
            throw new IllegalArgumentException("periods are numbered from 1");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("an agrément ends (" + end + ") after it starts (" + start + ")");
        }
    }

    /** The first agrément of a cluster: {@code years} years from {@code start} ({@link AgrementTerm}), the last day included. */
    public static Agrement first(UUID dossierId, UUID decisionId, LocalDate start, int years, String by, Instant at) {
        if (years < 1) {
            throw new IllegalArgumentException("an agrément lasts at least a year");
        }
        return new Agrement(UUID.randomUUID(), dossierId, 1, start, AgrementTerm.lastDay(start, years), Status.ACTIVE, decisionId,
                by, at);
    }

    /**
     * The next period after a renewal: it starts the day after this one ends, for {@code years} years from that day
     * ({@link AgrementTerm}), numbered one more.
     */
    public Agrement renewal(UUID decisionId, int years, String by, Instant at) {
        if (years < 1) {
            throw new IllegalArgumentException("an agrément lasts at least a year");
        }
        LocalDate next = end.plusDays(1);
        return new Agrement(UUID.randomUUID(), dossierId, periodNumber + 1, next, AgrementTerm.lastDay(next, years), Status.ACTIVE, decisionId, by,
                at);
    }

    /**
     * Whether the agrément is in force that day: not expired and the day within its period. A period superseded by a
     * renewal (RENEWED) runs to its end; so does one whose renewal was refused or withdrawn, whatever the dossier's status.
     */
    public boolean inForceOn(LocalDate day) {
        return status != Status.EXPIRED && !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether the agrément covers part of that calendar year (a year the cluster reports on). */
    public boolean coversYear(int year) {
        return start.getYear() <= year && year <= end.getYear();
    }
}
