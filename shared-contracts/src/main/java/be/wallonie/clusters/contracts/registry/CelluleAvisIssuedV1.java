package be.wallonie.clusters.contracts.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The Cellule Clusters wrote (or revised) its information note and avis on one submitted snapshot of a dossier
 * ("prépare pour le Comité l'information utile et un avis", 000 III.2). Texts travel as written, untranslated.
 * Once the Comité's panel of that snapshot is composed the avis is frozen (PanelComposed names the version seen).
 *
 * @param avisId          the avis (one per snapshot; its revisions share it)
 * @param dossierId       the dossier (aggregate id, Kafka key)
 * @param snapshotVersion the submitted snapshot the avis is on
 * @param avisVersion     1 for the first avis on the snapshot, then 2, 3… for revisions
 * @param recommendation  {@code FAVOURABLE}, {@code RESERVED} or {@code UNFAVOURABLE}
 * @param language        the language the texts are written in, {@code fr} or {@code en}
 * @param informationNote the information the Cellule prepared for the Comité
 * @param summary         the avis in a few sentences
 * @param criteria        the Cellule's assessment per criterion (empty allowed, never null)
 * @param writtenBy       the subject of the Cellule officer who wrote this version
 * @param writtenAt       when this version was written
 */
public record CelluleAvisIssuedV1(
        UUID avisId,
        UUID dossierId,
        int snapshotVersion,
        int avisVersion,
        String recommendation,
        String language,
        String informationNote,
        String summary,
        List<CriterionAvis> criteria,
        String writtenBy,
        OffsetDateTime writtenAt) {

    public CelluleAvisIssuedV1 {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /**
     * The Cellule's view on one criterion of the evaluation.
     *
     * @param criterion  {@code BUSINESS_INITIATIVE}, {@code CRITICAL_MASS}, {@code INTERRELATIONS}, {@code COMMON_INTEREST},
     *                   {@code COMPETITIVENESS}, {@code DURABILITY}, {@code REGIONAL_VALUE_ADDED} or {@code SHARED_VISION}
     *                   (the evaluation engine's criteria)
     * @param assessment {@code MET}, {@code PARTLY_MET} or {@code NOT_MET}
     * @param reason     why, as written
     */
    public record CriterionAvis(String criterion, String assessment, String reason) {
    }
}
