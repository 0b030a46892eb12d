package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.GetAccompanimentQuery.ActCriteria;
import be.wallonie.clusters.registry.application.port.in.GetAccompanimentQuery.ActPage;
import be.wallonie.clusters.registry.application.port.in.GetAccompanimentQuery.ProjectCriteria;
import be.wallonie.clusters.registry.domain.accompaniment.AccompaniedProject;
import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentAct;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The accompanied projects (current state) and the accompaniment acts (every version kept). */
public interface AccompanimentRecordsPort {

    void insertProject(AccompaniedProject project);

    void updateProject(AccompaniedProject project);

    Optional<AccompaniedProject> project(UUID projectId);

    /** The project, locked until the end of the transaction. */
    Optional<AccompaniedProject> projectForUpdate(UUID projectId);

    /** The project another than {@code except} that became that dossier, if any. */
    Optional<UUID> projectLinkedTo(UUID dossierId, UUID except);

    /** Serialises the linking of one dossier until the end of the transaction (a dossier comes from one project). */
    void lockDossierLink(UUID dossierId);

    /** One page of projects (by first contact, the latest first, then id); the caller adds the summaries. */
    List<AccompaniedProject> searchProjects(ProjectCriteria criteria);

    long countProjects(ProjectCriteria criteria);

    /** The live (not cancelled) acts naming the project: how many and their minutes. */
    int[] actFigures(UUID projectId);

    /** The Brussels day of the dossier's first submission, if it was ever submitted. */
    Optional<LocalDate> firstSubmissionDay(UUID dossierId);

    /** Stores a new version of the act (the previous one stays, no longer current). */
    void saveAct(AccompanimentAct act);

    /** The current version, locked until the end of the transaction. */
    Optional<AccompanimentAct> currentActForUpdate(UUID actId);

    Optional<AccompanimentAct> currentAct(UUID actId);

    List<AccompanimentAct> actVersions(UUID actId);

    ActPage searchActs(ActCriteria criteria);
}
