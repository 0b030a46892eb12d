package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The Cellule's worklist: the submitted snapshots before the Comité (dossier SUBMITTED or UNDER_EVALUATION, current
 * snapshot) whose avis the Cellule can still write — none yet, or one not frozen by a composed panel — oldest
 * submission first.
 */
public interface ListAwaitingAvisQuery {

    AwaitingAvisPage awaitingAvis(int page, int size, Caller caller);

    /** @param avisVersion the latest avis version written, null when none yet */
    record AwaitingAvis(UUID dossierId, String name, String acronym, DossierStatus status, int snapshotVersion, Instant submittedAt,
            Integer avisVersion, Instant avisWrittenAt) {
    }

    record AwaitingAvisPage(List<AwaitingAvis> items, int page, int size, long total) {
    }
}
