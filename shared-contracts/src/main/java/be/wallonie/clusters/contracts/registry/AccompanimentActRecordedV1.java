package be.wallonie.clusters.contracts.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The Cellule recorded one act of its accompaniment of a project or a dossier (volet 1 "sensibilisation", 000 III.2).
 * Kafka key: the project id if set, else the dossier id. No notes and no organisation identities: the policy
 * evaluation counts the Cellule's work, it does not read it.
 *
 * @param actId             the act
 * @param projectId         the accompanied project, or null (at least one of project and dossier is set)
 * @param dossierId         the accompanied dossier, or null (at least one of project and dossier is set)
 * @param kind              {@code MEETING}, {@code INFORMATION_SESSION}, {@code FORMALISATION_HELP}, {@code PARTNER_SEARCH},
 *                          {@code EXPERIENCE_EXCHANGE} or {@code REFERRAL_TO_OTHER_AID}
 * @param date              the day of the act
 * @param minutesSpent      the Cellule's time spent on it, in minutes
 * @param organisationCount how many organisations took part
 * @param officer           the subject of the Cellule officer
 * @param recordedAt        when it was recorded
 * @param cancelled         the act was cancelled (kept by the registry with its reason, no longer counted); its other
 *                          fields are those of its last version
 */
public record AccompanimentActRecordedV1(
        UUID actId,
        UUID projectId,
        UUID dossierId,
        String kind,
        LocalDate date,
        int minutesSpent,
        int organisationCount,
        String officer,
        OffsetDateTime recordedAt,
        boolean cancelled) {

    /** A live act (not cancelled). */
    public AccompanimentActRecordedV1(UUID actId, UUID projectId, UUID dossierId, String kind, LocalDate date, int minutesSpent,
            int organisationCount, String officer, OffsetDateTime recordedAt) {
        this(actId, projectId, dossierId, kind, date, minutesSpent, organisationCount, officer, recordedAt, false);
    }
}
