package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.Optional;
import java.util.UUID;

/** Who employs a dossier's animateur: the organisation of its declared animateur post. */
@FunctionalInterface
public interface LoadAnimatorEmployerPort {

    /** The organisation employing the dossier's declared animateur; empty when no post is declared. */
    Optional<UUID> animatorEmployerOf(DossierId dossier);
}
