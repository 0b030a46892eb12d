package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.avis.AvisFreeze;
import be.wallonie.clusters.registry.domain.avis.CelluleAvis;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.List;
import java.util.Optional;

/**
 * The Cellule's avis on a snapshot, every version. The Cellule and the Region always read it; the dossier's own
 * applicants only as {@code clusters.cellule-avis.applicant-visible} allows (default: after the Region's decision on
 * the snapshot) — before that it does not exist for them.
 */
public interface GetCelluleAvisQuery {

    /** Empty when no avis was written, or when the caller may not read it yet. */
    Optional<AvisHistory> avis(DossierId dossier, int snapshotVersion, Caller caller);

    /**
     * @param versions oldest first, never empty
     * @param freeze   present once the Comité's panel is composed
     */
    record AvisHistory(List<CelluleAvis> versions, Optional<AvisFreeze> freeze) {

        public AvisHistory {
            versions = List.copyOf(versions);
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("an avis has at least one version");
            }
        }

        public CelluleAvis current() {
            return versions.get(versions.size() - 1);
        }
    }
}
