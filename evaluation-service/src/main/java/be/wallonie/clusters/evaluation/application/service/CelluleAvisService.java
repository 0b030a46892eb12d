package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.in.CelluleAvisUseCases.CaseAvis;
import be.wallonie.clusters.evaluation.application.port.in.CelluleAvisUseCases.GetCelluleAvisOfCaseQuery;
import be.wallonie.clusters.evaluation.application.port.in.CelluleAvisUseCases.ReceiveCelluleAvisUseCase;
import be.wallonie.clusters.evaluation.application.port.out.CelluleAvisPort;
import be.wallonie.clusters.evaluation.application.port.out.LoadEvaluationCasePort;
import be.wallonie.clusters.evaluation.domain.avis.AvisFreeze;
import be.wallonie.clusters.evaluation.domain.avis.CelluleAvis;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Cellule's avis on a snapshot (000 III.2), received from the registry and shown to the case's panel beside the
 * automatic assessment; frozen when the secretariat composes the panel (the version received by then is the one the
 * panel reads, and the one PanelComposed names).
 */
@ApplicationScoped
public class CelluleAvisService implements ReceiveCelluleAvisUseCase, GetCelluleAvisOfCaseQuery {

    private final CelluleAvisPort avis;
    private final LoadEvaluationCasePort cases;

    public CelluleAvisService(CelluleAvisPort avis, LoadEvaluationCasePort cases) {
        this.avis = avis;
        this.cases = cases;
    }

    @Override
    @Transactional
    public boolean receiveCelluleAvis(CelluleAvis received) {
        avis.lockAvisOf(received.dossierId(), received.snapshotVersion());
        List<CelluleAvis> stored = avis.avisVersions(received.dossierId(), received.snapshotVersion());
        if (!stored.isEmpty() && stored.get(stored.size() - 1).version() >= received.version()) {
            return false;
        }
        avis.saveAvis(avis.snapshotFrozen(received.dossierId(), received.snapshotVersion())
                ? received.receivedAfterPanelComposition() : received);
        return true;
    }

    /**
     * Freezes the avis of the case at its first panel composition (inside the composition's transaction); a
     * recomposition returns the freeze already set.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AvisFreeze freezeAtComposition(EvaluationCase c, Instant at) {
        avis.lockAvisOf(c.dossierId(), c.snapshotVersion());
        Optional<AvisFreeze> existing = avis.freezeOfCase(c.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        List<CelluleAvis> stored = avis.avisVersions(c.dossierId(), c.snapshotVersion()).stream()
                .filter(a -> !a.receivedAfterPanel()).toList();
        AvisFreeze freeze = new AvisFreeze(c.id(), c.dossierId(), c.snapshotVersion(),
                stored.isEmpty() ? null : stored.get(stored.size() - 1).version(), at);
        avis.saveFreeze(freeze);
        return freeze;
    }

    @Override
    public Optional<CaseAvis> celluleAvisOfCase(UUID caseId) {
        return cases.loadCase(caseId).map(c -> {
            List<CelluleAvis> versions = avis.avisVersions(c.dossierId(), c.snapshotVersion());
            Optional<AvisFreeze> freeze = avis.freezeOfCase(caseId);
            if (freeze.isEmpty()) {
                return new CaseAvis(versions.stream().filter(a -> !a.receivedAfterPanel()).reduce((a, b) -> b), freeze, 0);
            }
            Integer seen = freeze.get().celluleAvisVersion();
            Optional<CelluleAvis> shown = seen == null ? Optional.empty()
                    : versions.stream().filter(a -> a.version() == seen).findFirst();
            int late = (int) versions.stream().filter(a -> seen == null || a.version() > seen).count();
            return new CaseAvis(shown, freeze, late);
        });
    }
}
