package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.decision.AgrementFunding;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.organisation.Organisation;

/** Publishes a renewed agrément; called inside the transaction of the decision (outbox). */
public interface PublishRenewalEventsPort {

    /** The next period, with what funding needs: dates, period number, the beneficiary and the scheme's funding terms. */
    void agrementRenewed(Dossier dossier, Agrement previous, Agrement renewed, Organisation beneficiary, AgrementFunding funding);
}
