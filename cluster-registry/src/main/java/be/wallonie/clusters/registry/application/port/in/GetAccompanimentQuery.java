package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.accompaniment.AccompaniedProject;
import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentAct;
import be.wallonie.clusters.registry.domain.accompaniment.ActKind;
import be.wallonie.clusters.registry.domain.accompaniment.ProjectStatus;
import be.wallonie.clusters.registry.domain.accompaniment.ProjectSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The Cellule's accompaniment file: projects with their summary, acts searched, filtered and exported. */
public interface GetAccompanimentQuery {

    /** The most acts one export holds (a narrower filter gets the rest). */
    int MAX_EXPORT = 10_000;

    record ProjectView(AccompaniedProject project, ProjectSummary summary) {
    }

    record ProjectCriteria(ProjectStatus status, String officer, UUID organisationId, String text, int page, int size) {
    }

    /** Projects without their summaries (those are on the project view). */
    record ProjectPage(List<AccompaniedProject> items, int page, int size, long total) {
    }

    /**
     * Filters combined with AND; null means any. {@code text} is found in the notes, case- and accent-insensitive.
     * Cancelled acts are left out unless {@code includeCancelled}.
     */
    record ActCriteria(UUID projectId, UUID dossierId, ActKind kind, String officer, UUID organisationId, LocalDate from,
            LocalDate to, String text, boolean includeCancelled, int page, int size) {
    }

    /** Acts by date, the latest first, then by id. */
    record ActPage(List<AccompanimentAct> items, int page, int size, long total) {
    }

    Optional<ProjectView> project(UUID projectId);

    ProjectPage projects(ProjectCriteria criteria);

    /** The current version of the act. */
    Optional<AccompanimentAct> act(UUID actId);

    /** Every version of the act, oldest first. */
    List<AccompanimentAct> actVersions(UUID actId);

    ActPage acts(ActCriteria criteria);
}
