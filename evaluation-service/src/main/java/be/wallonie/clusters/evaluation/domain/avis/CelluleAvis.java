package be.wallonie.clusters.evaluation.domain.avis;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of the Cellule Clusters' information note and avis on a submitted snapshot, as the registry published it
 * (CelluleAvisIssued; 000 III.2: the Cellule "prépare pour le Comité l'information utile et un avis"). Texts as written,
 * in {@code language}; the panel reads it beside the automatic assessment, it never decides.
 *
 * @param receivedAfterPanel the version arrived once the case's panel was composed: kept, never shown to the panel
 */
public record CelluleAvis(UUID avisId, UUID dossierId, int snapshotVersion, int version, String recommendation, String language,
        String informationNote, String summary, List<CriterionAvis> criteria, String writtenBy, Instant writtenAt,
        boolean receivedAfterPanel) {

    public CelluleAvis {
        Objects.requireNonNull(avisId, "avisId");
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(writtenAt, "writtenAt");
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        if (snapshotVersion < 1 || version < 1) {
            throw new IllegalArgumentException("snapshot and avis versions start at 1");
        }
    }

    /** The same version, marked as received after the panel was composed. */
    public CelluleAvis receivedAfterPanelComposition() {
        return new CelluleAvis(avisId, dossierId, snapshotVersion, version, recommendation, language, informationNote, summary,
                criteria, writtenBy, writtenAt, true);
    }

    /** The Cellule's view on one criterion (a criterion of domain.md §2; MET, PARTLY_MET or NOT_MET). */
    public record CriterionAvis(String criterion, String assessment, String reason) {
    }
}
