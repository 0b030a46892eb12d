package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.ApprovePoleProjectUseCase;
import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.GetPoleProjectsQuery;
import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.PoleProjectsPort;
import be.wallonie.clusters.registry.application.port.out.PublishPoleProjectEventsPort;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.pole.PoleProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The projects the Region approves for validated competitiveness poles in yearly calls (001, 002): checked by
 * {@link PoleProject#approve}, stored, audited and announced to the funding service in one transaction.
 */
@ApplicationScoped
public class PoleProjectService implements ApprovePoleProjectUseCase, GetPoleProjectsQuery {

    private final LoadDossierPort load;
    private final DecisionRecordsPort records;
    private final PoleProjectsPort projects;
    private final PublishPoleProjectEventsPort events;
    private final DossierAccess access;
    private final Clock clock;

    public PoleProjectService(LoadDossierPort load, DecisionRecordsPort records, PoleProjectsPort projects,
            PublishPoleProjectEventsPort events, DossierAccess access, Clock clock) {
        this.load = load;
        this.records = records;
        this.projects = projects;
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PoleProject approvePoleProject(DossierId id, PoleProject.Proposal proposal, String approvedBy) {
        Dossier pole = load.existingDossier(id);
        PoleProject project = PoleProject.approve(UUID.randomUUID(), id.value(), pole.scheme(), records.agrementsOf(id), proposal,
                approvedBy, clock.instant());
        projects.save(project);
        events.poleProjectApproved(pole, project);
        return project;
    }

    @Override
    public List<PoleProject> poleProjects(DossierId id, Caller caller) {
        Dossier pole = load.existingDossier(id);
        if (caller != null) {
            access.requireMaySee(pole, caller);
        }
        return projects.projectsOf(id);
    }

    @Override
    public Optional<PoleProject> poleProject(DossierId id, UUID projectId, Caller caller) {
        return poleProjects(id, caller).stream().filter(p -> p.id().equals(projectId)).findFirst();
    }
}
