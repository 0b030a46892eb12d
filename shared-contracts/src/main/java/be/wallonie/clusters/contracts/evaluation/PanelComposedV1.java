package be.wallonie.clusters.contracts.evaluation;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The Comité's secretariat composed the panel of a case; from now on the Cellule's avis on the case's snapshot is
 * frozen. No expert is named.
 *
 * @param caseId             the evaluation case
 * @param dossierId          the registry's dossier (Kafka key)
 * @param snapshotVersion    the snapshot the case evaluates
 * @param panelSize          how many experts sit on the panel
 * @param celluleAvisVersion the version of the Cellule's avis the panel sees; null if none had arrived
 * @param composedAt         when the panel was composed
 */
public record PanelComposedV1(
        UUID caseId,
        UUID dossierId,
        int snapshotVersion,
        int panelSize,
        Integer celluleAvisVersion,
        OffsetDateTime composedAt) {
}
