package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import java.util.UUID;

/**
 * The Cellule puts a dossier on a session's agenda by hand: a dossier submitted outside any open call (a renewal, an
 * accompanied dossier), or one moved to another session.
 */
public interface AssignSessionUseCase {

    /** @param expectedVersion the dossier version read (If-Match), or null */
    SessionAssignment assignSession(DossierId dossier, Long expectedVersion, UUID sessionId, String by);
}
