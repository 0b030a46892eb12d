package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.pole.PoleProject;
import java.util.List;

/** The projects approved for the poles. */
public interface PoleProjectsPort {

    void save(PoleProject project);

    /** Oldest approval first. */
    List<PoleProject> projectsOf(DossierId pole);
}
