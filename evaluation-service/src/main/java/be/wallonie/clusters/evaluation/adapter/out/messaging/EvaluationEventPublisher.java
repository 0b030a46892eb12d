package be.wallonie.clusters.evaluation.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1;
import be.wallonie.clusters.contracts.evaluation.PanelComposedV1;
import be.wallonie.clusters.evaluation.domain.avis.AvisFreeze;
import be.wallonie.clusters.evaluation.application.port.out.PublishEvaluationEventsPort;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import be.wallonie.clusters.evaluation.domain.scoring.Condition;
import be.wallonie.clusters.evaluation.domain.scoring.Opinion;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/** Writes the Comité's events to the outbox, keyed by dossier so one cluster's events stay ordered. */
@ApplicationScoped
class EvaluationEventPublisher implements PublishEvaluationEventsPort {

    private final OutboxWriter outbox;

    EvaluationEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void evaluationOpened(EvaluationCase c) {
        outbox.append(EventCatalog.EVALUATION_OPENED, c.id().toString(), c.dossierId().toString(),
                new EvaluationOpenedV1(c.id(), c.dossierId(), c.snapshotVersion(), c.round(), c.openedAt().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public void opinionIssued(EvaluationCase c, Opinion o) {
        // the findings only: the experts stay anonymous to the registry and the applicants
        outbox.append(EventCatalog.OPINION_ISSUED, c.id().toString(), c.dossierId().toString(),
                new OpinionIssuedV1(o.id(), c.id(), c.dossierId(), c.snapshotVersion(), c.round(), o.outcome().name(),
                        o.findings().stream().map(f -> new OpinionIssuedV1.Finding(f.criterion().name(), f.met(), f.consensusScore(),
                                f.majorityView(), f.minorityView())).toList(),
                        o.conditions().stream().map(Condition::asText).toList(), o.policyVersion(),
                        o.issuedAt().atOffset(ZoneOffset.UTC), o.method(), o.metThreshold()));
    }

    @Override
    public void panelComposed(EvaluationCase c, int panelSize, AvisFreeze freeze) {
        outbox.append(EventCatalog.PANEL_COMPOSED, c.id().toString(), c.dossierId().toString(), new PanelComposedV1(c.id(),
                c.dossierId(), c.snapshotVersion(), panelSize, freeze.celluleAvisVersion(), freeze.composedAt().atOffset(ZoneOffset.UTC)));
    }
}
