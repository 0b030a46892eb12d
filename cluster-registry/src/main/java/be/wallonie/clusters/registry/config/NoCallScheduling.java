package be.wallonie.clusters.registry.config;

import be.wallonie.clusters.registry.application.port.in.ScheduleSubmissionUseCase;
import be.wallonie.clusters.registry.application.port.in.SessionAssignment;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Until calls and selection sessions are managed, a submission is not scheduled to a session. */
@ApplicationScoped
@DefaultBean
public class NoCallScheduling implements ScheduleSubmissionUseCase {

    @Override
    public Optional<SessionAssignment> scheduleSubmission(DossierId dossier, Scheme scheme, Instant submittedAt) {
        return Optional.empty();
    }
}
