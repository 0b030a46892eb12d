package be.wallonie.clusters.evaluation.domain.expert;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The secretariat's record that a declared interest ended: append-only, like declarations. Only such a record ends an
 * interest; a newer declaration that leaves it out does not.
 *
 * @param organisationKey the interest's organisation ({@link DeclaredInterest#organisationKey()})
 * @param endedOn         the day the link ended
 * @param recordedBy      the token subject of the secretariat member who recorded it
 * @param reason          why, in their words
 */
public record InterestEnding(UUID id, UUID expertId, String organisationKey, String organisationName, LocalDate endedOn,
        Instant recordedAt, String recordedBy, String reason) {

    public InterestEnding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(organisationKey, "organisationKey");
        Objects.requireNonNull(endedOn, "endedOn");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an ending states why");
        }
        reason = reason.strip();
    }
}
