package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.DossierId;

/** The applicant or the Cellule states the cluster's animateur post (who employs the animateur, FTE, cost). */
public interface DeclareAnimatorPostUseCase {

    AnimatorPost declareAnimatorPost(DossierId dossier, AnimatorPost post, Caller by);
}
