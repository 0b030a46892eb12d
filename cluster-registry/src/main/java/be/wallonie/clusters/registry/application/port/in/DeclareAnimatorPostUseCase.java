package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;

/** The applicant or the Cellule states the cluster's animateur post (who employs the animateur, FTE, cost). */
public interface DeclareAnimatorPostUseCase {

    /**
     * States the post on the dossier version the caller read, while the dossier is editable; the post is part of what
     * a submission freezes, so the dossier gets a new version.
     *
     * @return the dossier with its new version
     */
    Dossier declareAnimatorPost(DossierId dossier, long expectedVersion, AnimatorPost post, Caller by);
}
