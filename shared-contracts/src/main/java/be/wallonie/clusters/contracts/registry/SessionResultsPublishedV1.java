package be.wallonie.clusters.contracts.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The results of a quarterly selection session of the call were published.
 *
 * @param sessionId   the session (Kafka key)
 * @param callId      the call (concours)
 * @param sessionDate the day of the selection meeting
 * @param results     one line per dossier scheduled to the session
 * @param publishedAt when
 */
public record SessionResultsPublishedV1(UUID sessionId, UUID callId, LocalDate sessionDate, List<Result> results,
        OffsetDateTime publishedAt) {

    /**
     * @param dossierId   the dossier
     * @param clusterName its name
     * @param scheme      the scheme applied for
     * @param outcome     {@code VALIDATED}, {@code REJECTED}, or {@code PENDING} when not yet decided
     */
    public record Result(UUID dossierId, String clusterName, String scheme, String outcome) {
    }
}
