package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.avis.AvisFreeze;
import be.wallonie.clusters.evaluation.domain.avis.CelluleAvis;
import java.util.Optional;
import java.util.UUID;

/** The Cellule's avis as the Comité receives it and as the case's readers see it. */
public final class CelluleAvisUseCases {

    private CelluleAvisUseCases() {
    }

    /**
     * A version of the Cellule's avis arrived (CelluleAvisIssued). A version not above the one stored is ignored; one
     * arriving once the snapshot's panel is composed is stored as received after the composition, never shown to the panel.
     */
    public interface ReceiveCelluleAvisUseCase {

        /** @return false when the version was ignored (already stored, or older) */
        boolean receiveCelluleAvis(CelluleAvis avis);
    }

    /** The avis the readers of a case see (the caller's access to the case is checked by the caller). */
    public interface GetCelluleAvisOfCaseQuery {

        Optional<CaseAvis> celluleAvisOfCase(UUID caseId);
    }

    /**
     * @param shown              the version the panel reads: the frozen one once the panel is composed, else the latest;
     *                           empty when none (or none had arrived when the panel was composed)
     * @param freeze             present once the panel is composed
     * @param receivedAfterPanel how many later versions arrived after the composition (kept, not shown to the panel)
     */
    public record CaseAvis(Optional<CelluleAvis> shown, Optional<AvisFreeze> freeze, int receivedAfterPanel) {
    }
}
