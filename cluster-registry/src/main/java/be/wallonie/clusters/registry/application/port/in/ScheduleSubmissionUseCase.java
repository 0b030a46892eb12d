package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import java.time.Instant;
import java.util.Optional;

/**
 * Puts a dossier being submitted on the agenda of the next selection session whose cut-off it meets.
 * Called in the submission's transaction, so the assignment travels in {@code DossierSubmitted}.
 */
public interface ScheduleSubmissionUseCase {

    /** @return the session, or empty when no call is open for this scheme at that moment */
    Optional<SessionAssignment> scheduleSubmission(DossierId dossier, Scheme scheme, Instant submittedAt);
}
