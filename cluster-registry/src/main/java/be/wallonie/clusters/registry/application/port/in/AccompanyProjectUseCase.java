package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.accompaniment.AccompaniedProject;
import java.util.UUID;

/** The Cellule accompanies a project before any dossier exists: opens it, then states how it stands (one version each). */
public interface AccompanyProjectUseCase {

    AccompaniedProject openProject(AccompaniedProject.Form form, String by);

    /** {@link StaleAccompanimentException} when the project is no longer at {@code expectedVersion}. */
    AccompaniedProject changeProject(UUID projectId, long expectedVersion, AccompaniedProject.Form form, String by);
}
