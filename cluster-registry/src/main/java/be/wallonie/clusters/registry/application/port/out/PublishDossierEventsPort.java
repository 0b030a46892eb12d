package be.wallonie.clusters.registry.application.port.out;

import java.util.List;
import be.wallonie.clusters.registry.application.port.in.SessionAssignment;
import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.decision.AgrementFunding;
import be.wallonie.clusters.registry.domain.decision.Decision;
import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import be.wallonie.clusters.registry.domain.dossier.StatusChange;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.support.CostDeclaration;
import be.wallonie.clusters.registry.domain.support.PreparationSupport;
import java.time.Instant;

/** Publishes the registry's events; called inside the transaction of the change (outbox). */
public interface PublishDossierEventsPort {

    /** A submission with no selection session. */
    default void dossierSubmitted(DossierSubmitted event) {
        dossierSubmitted(event, null);
    }

    /** @param session the selection session the submission is scheduled to, or null when outside any call */
    void dossierSubmitted(DossierSubmitted event, SessionAssignment session);

    void dossierDecided(Dossier dossier, Decision decision);

    /** The dossier was withdrawn while a snapshot of it exists: the Comité stops evaluating it. */
    void dossierWithdrawn(Dossier dossier, StatusChange change);

    /** The dossier was returned for completion: the Comité stops evaluating the current snapshot. */
    void dossierReturnedForCompletion(Dossier dossier, StatusChange change);

    /** A first agrément, with what funding needs: scheme, dates, period, the animateur's employer and costs. */
    void agrementExpired(Agrement agrement, Instant at);

    /** {@code coreGroup}: the core group's organisations now, whose enterprise numbers the event carries. */
    void preparationSupportGranted(Dossier dossier, PreparationSupport support, Organisation beneficiary, AnimatorPost post,
            List<Organisation> coreGroup);

    /** A preparation support was cut short (agrément start, rejection, withdrawal). */
    void preparationSupportEnded(PreparationSupport support);

    void animatorCostsDeclared(CostDeclaration declaration);

    /** A first agrément, with what funding needs: scheme, dates, period, the beneficiary and the scheme's funding terms. */
    void agrementGranted(Dossier dossier, Agrement agrement, Organisation beneficiary, AgrementFunding funding);
}
