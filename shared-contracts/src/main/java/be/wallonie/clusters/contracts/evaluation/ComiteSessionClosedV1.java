package be.wallonie.clusters.contracts.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The Comité closed the record of one of its selection sessions: from then on the record is immutable and
 * these are its published results. No expert is named: the experts' identities, attendance and recusals stay
 * with the Comité's secretariat; only their counts are published.
 *
 * @param sessionId         the Comité's session record (aggregate id, Kafka key)
 * @param registrySessionId the registry's selection session this meeting served, when known
 * @param meetingDate       the day of the meeting
 * @param expertsPresent    how many experts were present
 * @param items             one per case on the agenda, in agenda order
 * @param closedBy          the subject of the secretariat member who closed it
 * @param closedAt          when
 */
public record ComiteSessionClosedV1(
        UUID sessionId,
        UUID registrySessionId,
        LocalDate meetingDate,
        int expertsPresent,
        List<Item> items,
        String closedBy,
        OffsetDateTime closedAt) {

    /**
     * @param caseId         the evaluation case examined
     * @param dossierId      the registry's dossier of that case
     * @param opinionReached whether the Comité had issued its opinion on the case when the session closed
     * @param opinionId      that opinion, when reached
     * @param opinion        {@code FAVOURABLE}, {@code FAVOURABLE_WITH_CONDITIONS} or {@code UNFAVOURABLE}, when reached
     * @param recusals       how many experts recused themselves on this item
     */
    public record Item(UUID caseId, UUID dossierId, boolean opinionReached, UUID opinionId, String opinion,
            int recusals) {
    }
}
