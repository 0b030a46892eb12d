package be.wallonie.clusters.evaluation.domain.evaluationcase;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The Comité's evaluation of one submitted snapshot of a dossier: one round. A resubmission or a
 * renewal opens a new round and keeps the earlier ones.
 *
 * @param snapshotDocument the snapshot as received, kept verbatim: the record of what was judged
 * @param closedReason     why the registry stopped the round (WITHDRAWN or RETURNED), or null
 */
public record EvaluationCase(UUID id, UUID dossierId, int snapshotVersion, int round, CaseStatus status,
        Instant openedAt, String snapshotDocument, String closedReason) {

    public EvaluationCase(UUID id, UUID dossierId, int snapshotVersion, int round, CaseStatus status, Instant openedAt,
            String snapshotDocument) {
        this(id, dossierId, snapshotVersion, round, status, openedAt, snapshotDocument, null);
    }

    public EvaluationCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(openedAt, "openedAt");
        if (snapshotVersion < 1 || round < 1) {
            throw new IllegalArgumentException("snapshot version and round start at 1");
        }
    }

    /** Opens the next round for a dossier that already had {@code earlierRounds} rounds. */
    public static EvaluationCase open(UUID dossierId, int snapshotVersion, int earlierRounds, Instant now,
            String snapshotDocument) {
        return new EvaluationCase(UUID.randomUUID(), dossierId, snapshotVersion, earlierRounds + 1, CaseStatus.OPEN, now,
                snapshotDocument);
    }

    /** The round has been replaced by a newer snapshot's round: nothing more happens on it. */
    public boolean superseded() {
        return status == CaseStatus.SUPERSEDED;
    }

    /**
     * OPEN while the panel works; OPINION_ISSUED once the Comité's opinion is rendered; SUPERSEDED when a newer
     * snapshot of the same dossier opened a new round before an opinion was issued on this one; WITHDRAWN or RETURNED
     * when the registry withdrew the dossier or returned it for completion before an opinion was issued.
     */
    public enum CaseStatus {
        OPEN, OPINION_ISSUED, SUPERSEDED, WITHDRAWN, RETURNED
    }
}
