package be.wallonie.clusters.registry.domain.accompaniment;

import java.util.Optional;
import java.util.UUID;

/** What a project or an act refers to, as the registry knows it: checked when the project or act is written. */
public interface References {

    boolean organisationExists(UUID organisationId);

    boolean dossierExists(UUID dossierId);

    Optional<AccompaniedProject> project(UUID projectId);
}
