package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.CompletenessWarning;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.MissingItem;
import java.util.List;

/** What a dossier still lacks before it can be submitted; empty when complete. */
public interface GetDossierCompletenessQuery {

    List<MissingItem> missingForSubmission(DossierId dossier, Caller caller);

    /** What the check points out without refusing the submission. */
    List<CompletenessWarning> warnings(DossierId dossier, Caller caller);
}
