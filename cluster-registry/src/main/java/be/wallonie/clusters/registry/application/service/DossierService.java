package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.CloseOrReturnDossierUseCase;
import be.wallonie.clusters.registry.application.port.in.CreateDossierCommand;
import be.wallonie.clusters.registry.application.port.in.CreateDossierUseCase;
import be.wallonie.clusters.registry.application.port.in.GetDossierQuery;
import be.wallonie.clusters.registry.application.port.in.RecordEvaluationOpenedCommand;
import be.wallonie.clusters.registry.application.port.in.RecordEvaluationOpenedUseCase;
import be.wallonie.clusters.registry.application.port.in.ScheduleSubmissionUseCase;
import be.wallonie.clusters.registry.application.port.in.SessionAssignment;
import be.wallonie.clusters.registry.application.port.in.SubmitDossierCommand;
import be.wallonie.clusters.registry.application.port.in.SubmitDossierUseCase;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.PublishDossierEventsPort;
import be.wallonie.clusters.registry.application.port.out.SaveDossierPort;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** The dossier use cases of the walking skeleton: open a draft, submit it, learn that the Comité took it up. */
@ApplicationScoped
public class DossierService implements CreateDossierUseCase, SubmitDossierUseCase, RecordEvaluationOpenedUseCase, GetDossierQuery,
        CloseOrReturnDossierUseCase {

    /** Who acts when the Comité's events move a dossier. */
    static final String COMITE_ACTOR = "comite-evaluation";

    private final LoadDossierPort load;
    private final SaveDossierPort save;
    private final PublishDossierEventsPort events;
    private final Clock clock;
    private final ScheduleSubmissionUseCase scheduling;

    public DossierService(LoadDossierPort load, SaveDossierPort save, PublishDossierEventsPort events, Clock clock,
            ScheduleSubmissionUseCase scheduling) {
        this.scheduling = scheduling;
        this.load = load;
        this.save = save;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Dossier createDossier(CreateDossierCommand c) {
        Dossier dossier = Dossier.draft(c.name(), c.acronym(), c.scheme(), c.entryVolet(), c.focus(), c.requestedBy(), clock.instant());
        return save.saveDossier(dossier);
    }

    @Override
    @Transactional
    public Dossier submitDossier(SubmitDossierCommand c) {
        Dossier dossier = load.dossierAtVersion(c.dossierId(), c.expectedVersion());
        DossierSubmitted submitted = dossier.submit(c.submittedBy(), clock.instant());
        Dossier saved = save.saveDossier(dossier);
        // the next selection session whose cut-off the submission meets, when a call is open for its scheme
        SessionAssignment session = scheduling.scheduleSubmission(dossier.id(), dossier.scheme(), submitted.submittedAt()).orElse(null);
        events.dossierSubmitted(submitted, session);
        return saved;
    }

    @Override
    @Transactional
    public void recordEvaluationOpened(RecordEvaluationOpenedCommand c) {
        Dossier dossier = load.existingDossier(c.dossierId());
        // An opening for an older snapshot than the current one changes nothing: a newer round is under way.
        if (dossier.status() != DossierStatus.SUBMITTED || c.snapshotVersion() != dossier.snapshotVersion()) {
            return;
        }
        dossier.startEvaluation(COMITE_ACTOR, c.openedAt());
        save.saveDossier(dossier);
    }

    @Override
    @Transactional
    public Dossier withdrawDossier(DossierId id, long expectedVersion, String reason, String by) {
        Dossier dossier = load.dossierAtVersion(id, expectedVersion);
        dossier.withdraw(by, clock.instant(), reason);
        return save.saveDossier(dossier);
    }

    @Override
    @Transactional
    public Dossier returnForCompletion(DossierId id, long expectedVersion, String reason, String by) {
        Dossier dossier = load.dossierAtVersion(id, expectedVersion);
        dossier.returnForCompletion(by, clock.instant(), reason);
        return save.saveDossier(dossier);
    }

    @Override
    public Optional<Dossier> getDossier(DossierId id) {
        return load.loadDossier(id);
    }
}
