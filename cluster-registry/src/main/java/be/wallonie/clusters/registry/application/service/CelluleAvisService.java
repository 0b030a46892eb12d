package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.CelluleAvisRevisionUnlockedException;
import be.wallonie.clusters.registry.application.port.in.DossierAccessDeniedException;
import be.wallonie.clusters.registry.application.port.in.GetCelluleAvisQuery;
import be.wallonie.clusters.registry.application.port.in.ListAwaitingAvisQuery;
import be.wallonie.clusters.registry.application.port.in.RecordPanelComposedUseCase;
import be.wallonie.clusters.registry.application.port.in.SnapshotNotFoundException;
import be.wallonie.clusters.registry.application.port.in.StaleCelluleAvisException;
import be.wallonie.clusters.registry.application.port.in.WriteCelluleAvisCommand;
import be.wallonie.clusters.registry.application.port.in.WriteCelluleAvisUseCase;
import be.wallonie.clusters.registry.application.port.out.CelluleAvisRecordsPort;
import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.DossierSnapshotsPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.PublishCelluleAvisEventsPort;
import be.wallonie.clusters.registry.domain.avis.ApplicantVisibility;
import be.wallonie.clusters.registry.domain.avis.AvisFreeze;
import be.wallonie.clusters.registry.domain.avis.CelluleAvis;
import be.wallonie.clusters.registry.domain.avis.CelluleAvisRefusedException;
import be.wallonie.clusters.registry.domain.avis.CelluleAvisRefusedException.Reason;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The Cellule's information note and avis for the Comité on each submitted snapshot (000 III.2): versioned, every
 * version announced (CelluleAvisIssued) and kept with who wrote it and when; frozen once the Comité's panel is composed
 * (PanelComposed). Readers: the Cellule and the Region; the dossier's applicants as {@link ApplicantVisibility} says.
 */
@ApplicationScoped
public class CelluleAvisService implements WriteCelluleAvisUseCase, GetCelluleAvisQuery, RecordPanelComposedUseCase,
        ListAwaitingAvisQuery {

    private final LoadDossierPort load;
    private final DossierSnapshotsPort snapshots;
    private final DecisionRecordsPort decisions;
    private final CelluleAvisRecordsPort avis;
    private final PublishCelluleAvisEventsPort events;
    private final DossierAccess access;
    private final ApplicantVisibility applicantVisibility;
    private final Clock clock;

    public CelluleAvisService(LoadDossierPort load, DossierSnapshotsPort snapshots, DecisionRecordsPort decisions,
            CelluleAvisRecordsPort avis, PublishCelluleAvisEventsPort events, DossierAccess access,
            ApplicantVisibility applicantVisibility, Clock clock) {
        this.load = load;
        this.snapshots = snapshots;
        this.decisions = decisions;
        this.avis = avis;
        this.events = events;
        this.access = access;
        this.applicantVisibility = applicantVisibility;
        this.clock = clock;
    }

    @Override
    @Transactional
    public CelluleAvis writeAvis(WriteCelluleAvisCommand c) {
        Dossier dossier = load.existingDossier(c.dossier());
        if (c.caller().role() != Caller.Role.CELLULE) {
            throw new DossierAccessDeniedException(c.dossier(), DossierAccessDeniedException.Reason.READ_ONLY);
        }
        avis.lockAvisOf(c.dossier());
        boolean draft = dossier.status() == DossierStatus.DRAFT || dossier.status() == DossierStatus.RETURNED_FOR_COMPLETION;
        if (snapshots.snapshot(c.dossier(), c.snapshotVersion()).isEmpty()) {
            if (draft) {
                throw new CelluleAvisRefusedException(Reason.NOT_SUBMITTED);
            }
            throw new SnapshotNotFoundException(c.dossier(), c.snapshotVersion());
        }
        Optional<AvisFreeze> freeze = avis.freezeOf(c.dossier(), c.snapshotVersion());
        if (freeze.isPresent()) {
            throw new CelluleAvisRefusedException(Reason.FROZEN);
        }
        if (draft) {
            throw new CelluleAvisRefusedException(Reason.NOT_SUBMITTED);
        }
        if (c.snapshotVersion() != dossier.snapshotVersion()
                || (dossier.status() != DossierStatus.SUBMITTED && dossier.status() != DossierStatus.UNDER_EVALUATION)) {
            throw new CelluleAvisRefusedException(Reason.NOT_UNDER_EVALUATION);
        }
        List<CelluleAvis> earlier = avis.versionsOf(c.dossier(), c.snapshotVersion());
        long current = earlier.isEmpty() ? 0 : earlier.get(earlier.size() - 1).version();
        if (c.expectedVersion() == null && current > 0) {
            throw new CelluleAvisRevisionUnlockedException(current);
        }
        if (c.expectedVersion() != null && c.expectedVersion() != current) {
            throw new StaleCelluleAvisException(c.expectedVersion(), current);
        }
        CelluleAvis written = CelluleAvis.write(c.dossier().value(), c.snapshotVersion(), earlier, freeze, c.text(),
                c.caller().userId(), clock.instant());
        avis.save(written);
        events.celluleAvisIssued(written);
        return written;
    }

    @Override
    @Transactional
    public Optional<AvisHistory> avis(DossierId id, int snapshotVersion, Caller caller) {
        Dossier dossier = load.existingDossier(id);
        access.requireMaySee(dossier, caller);
        if (snapshots.snapshot(id, snapshotVersion).isEmpty()) {
            throw new SnapshotNotFoundException(id, snapshotVersion);
        }
        if (caller.role() == Caller.Role.APPLICANT && !applicantVisibility.allows(decided(id, snapshotVersion))) {
            return Optional.empty();
        }
        List<CelluleAvis> versions = avis.versionsOf(id, snapshotVersion);
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AvisHistory(versions, avis.freezeOf(id, snapshotVersion)));
    }

    private boolean decided(DossierId id, int snapshotVersion) {
        return decisions.decisionsOf(id).stream().anyMatch(d -> d.snapshotVersion() == snapshotVersion);
    }

    @Override
    @Transactional
    public void recordPanelComposed(AvisFreeze freeze) {
        DossierId id = new DossierId(freeze.dossierId());
        load.existingDossier(id);
        avis.lockAvisOf(id);
        avis.saveFreeze(freeze);
    }

    @Override
    @Transactional
    public AwaitingAvisPage awaitingAvis(int page, int size, Caller caller) {
        return avis.awaitingAvis(page, size); // the Cellule's own worklist: the resource admits the CELLULE role only
    }
}
