package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.pole.PoleProject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The projects approved for a pole, as the Region, the Cellule, the pole's own applicants and funding readers see them. */
public interface GetPoleProjectsQuery {

    /**
     * Oldest first.
     *
     * @param caller who asks, checked by {@code DossierAccess}; null for a machine client (funding reader) that reads
     *               every pole's projects
     */
    List<PoleProject> poleProjects(DossierId pole, Caller caller);

    Optional<PoleProject> poleProject(DossierId pole, UUID projectId, Caller caller);
}
