package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.out.PublishDossierEventsPort;
import be.wallonie.clusters.registry.application.port.out.SupportRecordsPort;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.support.PreparationSupport;
import be.wallonie.clusters.registry.domain.support.PreparationSupport.EndReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Ends a running preparation support when the agrément starts or the dossier is rejected or withdrawn, and announces
 * it (PreparationSupportEnded), in the caller's transaction: the end is written with the decision or the withdrawal
 * and its event goes through the same outbox. A support already ended, or that ends by then anyway, is left as it is.
 */
@ApplicationScoped
public class PreparationSupportEnding {

    private final SupportRecordsPort support;
    private final PublishDossierEventsPort events;

    public PreparationSupportEnding(SupportRecordsPort support, PublishDossierEventsPort events) {
        this.support = support;
        this.events = events;
    }

    /** @param lastFundedDay the last day the support may fund: the day before the agrément starts, or the decision/withdrawal day */
    public Optional<PreparationSupport> endAfter(DossierId dossier, LocalDate lastFundedDay, EndReason reason, String by, Instant at) {
        Optional<PreparationSupport> ended = support.lockPreparationSupportOf(dossier)
                .flatMap(s -> s.endAfter(lastFundedDay, reason, by, at));
        ended.filter(support::saveEnding).ifPresent(events::preparationSupportEnded);
        return ended;
    }
}
