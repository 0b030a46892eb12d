package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.AccompaniedProjectNotFoundException;
import be.wallonie.clusters.registry.application.port.in.AccompanimentActNotFoundException;
import be.wallonie.clusters.registry.application.port.in.AccompanyProjectUseCase;
import be.wallonie.clusters.registry.application.port.in.GetAccompanimentQuery;
import be.wallonie.clusters.registry.application.port.in.RecordAccompanimentActUseCase;
import be.wallonie.clusters.registry.application.port.in.StaleAccompanimentException;
import be.wallonie.clusters.registry.application.port.out.AccompanimentRecordsPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.PublishAccompanimentEventsPort;
import be.wallonie.clusters.registry.domain.accompaniment.AccompaniedProject;
import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentAct;
import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentRefusedException;
import be.wallonie.clusters.registry.domain.accompaniment.ProjectSummary;
import be.wallonie.clusters.registry.domain.accompaniment.References;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The Cellule's accompaniment (000 III.2, volet 1): projects accompanied before any dossier exists and the acts of
 * that accompaniment on projects and dossiers. Every change is stored and announced in one transaction
 * (AccompaniedProjectChanged, AccompanimentActRecorded through the outbox); a refused change stores nothing.
 */
@ApplicationScoped
public class AccompanimentService implements AccompanyProjectUseCase, RecordAccompanimentActUseCase, GetAccompanimentQuery {

    private final AccompanimentRecordsPort records;
    private final PublishAccompanimentEventsPort events;
    private final LoadDossierPort dossiers;
    private final LoadOrganisationPort organisations;
    private final Clock clock;

    public AccompanimentService(AccompanimentRecordsPort records, PublishAccompanimentEventsPort events, LoadDossierPort dossiers,
            LoadOrganisationPort organisations, Clock clock) {
        this.records = records;
        this.events = events;
        this.dossiers = dossiers;
        this.organisations = organisations;
        this.clock = clock;
    }

    private final References references = new References() {
        @Override
        public boolean organisationExists(UUID organisationId) {
            return organisations.loadOrganisation(new OrganisationId(organisationId)).isPresent();
        }

        @Override
        public boolean dossierExists(UUID dossierId) {
            return dossiers.loadDossier(new DossierId(dossierId)).isPresent();
        }

        @Override
        public Optional<AccompaniedProject> project(UUID projectId) {
            return records.project(projectId);
        }
    };

    @Override
    @Transactional
    public AccompaniedProject openProject(AccompaniedProject.Form form, String by) {
        AccompaniedProject project = AccompaniedProject.open(UUID.randomUUID(), form, references, today(), by, clock.instant());
        requireDossierFree(project);
        records.insertProject(project);
        events.accompaniedProjectChanged(project);
        return project;
    }

    @Override
    @Transactional
    public AccompaniedProject changeProject(UUID projectId, long expectedVersion, AccompaniedProject.Form form, String by) {
        AccompaniedProject current = records.projectForUpdate(projectId)
                .orElseThrow(() -> new AccompaniedProjectNotFoundException(projectId));
        if (current.version() != expectedVersion) {
            throw new StaleAccompanimentException(expectedVersion, current.version());
        }
        if (form.officer() == null) { // a missing officer is kept
            form = new AccompaniedProject.Form(form.name(), form.organisationIds(), current.officer(), form.firstContactOn(),
                    form.status(), form.abandonReason(), form.dossierId());
        }
        AccompaniedProject changed = current.change(form, references, today(), by, clock.instant());
        requireDossierFree(changed);
        records.updateProject(changed);
        events.accompaniedProjectChanged(changed);
        return changed;
    }

    /** A dossier comes from at most one project: checked under a lock on the dossier's link (and a unique index). */
    private void requireDossierFree(AccompaniedProject project) {
        if (project.dossierId() != null) {
            records.lockDossierLink(project.dossierId());
            if (records.projectLinkedTo(project.dossierId(), project.id()).isPresent()) {
                throw new AccompanimentRefusedException(AccompanimentRefusedException.Reason.DOSSIER_ALREADY_LINKED);
            }
        }
    }

    @Override
    @Transactional
    public AccompanimentAct recordAct(AccompanimentAct.Form form, String by) {
        AccompanimentAct act = AccompanimentAct.record(UUID.randomUUID(), form, references, today(), by, clock.instant());
        return store(act);
    }

    @Override
    @Transactional
    public AccompanimentAct correctAct(UUID actId, long expectedVersion, AccompanimentAct.Form form, String reason, String by) {
        AccompanimentAct current = currentForChange(actId, expectedVersion);
        if (form.officer() == null) { // a missing officer is kept
            form = new AccompanimentAct.Form(form.projectId(), form.dossierId(), form.kind(), form.date(), current.officer(),
                    form.organisationIds(), form.notes(), form.minutesSpent());
        }
        return store(current.correct(form, reason, references, today(), by, clock.instant()));
    }

    @Override
    @Transactional
    public AccompanimentAct cancelAct(UUID actId, long expectedVersion, String reason, String by) {
        AccompanimentAct current = currentForChange(actId, expectedVersion);
        return store(current.cancel(reason, by, clock.instant()));
    }

    private AccompanimentAct currentForChange(UUID actId, long expectedVersion) {
        AccompanimentAct current = records.currentActForUpdate(actId).orElseThrow(() -> new AccompanimentActNotFoundException(actId));
        if (current.version() != expectedVersion) {
            throw new StaleAccompanimentException(expectedVersion, current.version());
        }
        return current;
    }

    private AccompanimentAct store(AccompanimentAct act) {
        records.saveAct(act);
        events.accompanimentActRecorded(act);
        return act;
    }

    @Override
    public Optional<ProjectView> project(UUID projectId) {
        return records.project(projectId).map(this::view);
    }

    @Override
    public ProjectPage projects(ProjectCriteria criteria) {
        return new ProjectPage(records.searchProjects(criteria), criteria.page(), criteria.size(), records.countProjects(criteria));
    }

    private ProjectView view(AccompaniedProject p) {
        int[] figures = records.actFigures(p.id());
        LocalDate submitted = p.dossierId() == null ? null : records.firstSubmissionDay(p.dossierId()).orElse(null);
        return new ProjectView(p, ProjectSummary.of(p, figures[0], figures[1], submitted));
    }

    @Override
    public Optional<AccompanimentAct> act(UUID actId) {
        return records.currentAct(actId);
    }

    @Override
    public List<AccompanimentAct> actVersions(UUID actId) {
        return records.actVersions(actId);
    }

    @Override
    public ActPage acts(ActCriteria criteria) {
        return records.searchActs(criteria);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
