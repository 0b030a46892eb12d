package be.wallonie.clusters.evaluation.adapter.in.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.registry.ClusterMembershipChangedV1;
import be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1;
import be.wallonie.clusters.evaluation.application.port.in.CelluleAvisUseCases.ReceiveCelluleAvisUseCase;
import be.wallonie.clusters.evaluation.domain.avis.CelluleAvis;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.evaluation.adapter.in.contract.DossierSnapshotMapper;
import be.wallonie.clusters.evaluation.adapter.in.contract.PolicyFactsMapper;
import be.wallonie.clusters.evaluation.application.port.in.CloseEvaluationRoundCommand;
import be.wallonie.clusters.evaluation.application.port.in.CloseEvaluationRoundUseCase;
import be.wallonie.clusters.evaluation.application.port.in.OpenEvaluationCaseCommand;
import be.wallonie.clusters.evaluation.application.port.in.OpenEvaluationCaseUseCase;
import be.wallonie.clusters.evaluation.application.port.in.RecordClusterMembershipCommand;
import be.wallonie.clusters.evaluation.application.port.in.RecordClusterMembershipUseCase;
import be.wallonie.clusters.evaluation.application.port.in.RecordPolicyFactUseCase;
import be.wallonie.clusters.evaluation.domain.expert.ClusterStage;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import be.wallonie.clusters.foundation.inbox.EventHandler;
import be.wallonie.clusters.foundation.inbox.IdempotentEventProcessor;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Opens an evaluation case for each submitted dossier snapshot, exactly once; the case opens with
 * the criteria engine's assessment. A snapshot the engine cannot read (an unknown enumerated value)
 * fails with an {@link IllegalArgumentException}: no case opens and the message goes to the
 * dead-letter topic with the offending fields as its reason. A withdrawal or a return for completion closes the
 * open round of that snapshot (WITHDRAWN or RETURNED). The same inbox records, for the policy evaluation,
 * each submission, decision, agrément (granted, renewed, expired), follow-up report, accompaniment act and accompanied
 * project as a fact (the avis's policy fact is recorded by {@link PolicyEventsConsumer}). A ClusterMembershipChanged (a
 * draft's or a cluster's member set) is kept per dossier at its highest sequence; an older one is ignored, logged and
 * counted ({@code clusters.membership.out-of-order}), not an error. The Cellule's avis (CelluleAvisIssued) is kept for
 * the case's panel; a version not above the one stored is ignored.
 */
@ApplicationScoped
public class RegistryEventsConsumer {

    static final String CONSUMER = "evaluation-service";
    private static final Logger LOG = Logger.getLogger(RegistryEventsConsumer.class);

    private final IdempotentEventProcessor processor;
    private final List<EventHandler<?>> handlers;

    RegistryEventsConsumer(IdempotentEventProcessor processor, OpenEvaluationCaseUseCase openCase,
            CloseEvaluationRoundUseCase closeRound, RecordPolicyFactUseCase facts, RecordClusterMembershipUseCase membership,
            ReceiveCelluleAvisUseCase celluleAvis, MeterRegistry meters) {
        this.processor = processor;
        this.handlers = List.of(
                // a draft's or a cluster's member set (state transfer): an older sequence than the one applied changes nothing
                EventHandler.on(EventCatalog.CLUSTER_MEMBERSHIP_CHANGED, (e, envelope) -> {
                    if (membership.recordClusterMembership(command(e)) == RecordClusterMembershipUseCase.Outcome.OUT_OF_ORDER) {
                        meters.counter("clusters.membership.out-of-order").increment();
                        LOG.infof("ClusterMembershipChanged %s of dossier %s ignored: sequence %d is not newer than the one applied",
                                envelope.id(), e.dossierId(), e.sequence());
                    }
                }),
                EventHandler.on(EventCatalog.DOSSIER_SUBMITTED, (e, envelope) -> {
                    openCase.openEvaluationCase(command(e, envelope.data().toString()));
                    facts.recordSubmission(PolicyFactsMapper.submission(e));
                }),
                // A withdrawn or returned snapshot is no longer evaluated: its open round closes, the panel stays on record.
                EventHandler.on(EventCatalog.DOSSIER_WITHDRAWN, (e, envelope) -> closeRound.closeEvaluationRound(
                        new CloseEvaluationRoundCommand(e.dossierId(), e.snapshotVersion(), EvaluationCase.CaseStatus.WITHDRAWN,
                                e.reason()))),
                EventHandler.on(EventCatalog.DOSSIER_RETURNED_FOR_COMPLETION, (e, envelope) -> closeRound.closeEvaluationRound(
                        new CloseEvaluationRoundCommand(e.dossierId(), e.snapshotVersion(), EvaluationCase.CaseStatus.RETURNED,
                                e.reason()))),
                EventHandler.on(EventCatalog.DOSSIER_DECIDED, (e, envelope) -> facts.recordDecision(PolicyFactsMapper.decision(e))),
                EventHandler.on(EventCatalog.AGREMENT_GRANTED, (e, envelope) -> facts.recordAgrement(PolicyFactsMapper.granted(e))),
                EventHandler.on(EventCatalog.AGREMENT_RENEWED, (e, envelope) -> facts.recordAgrement(PolicyFactsMapper.renewed(e))),
                EventHandler.on(EventCatalog.AGREMENT_EXPIRED, (e, envelope) -> facts.recordAgrement(PolicyFactsMapper.expired(e))),
                EventHandler.on(EventCatalog.FOLLOW_UP_REPORT_FILED,
                        (e, envelope) -> facts.recordFollowUpReport(PolicyFactsMapper.followUp(e))),
                EventHandler.on(EventCatalog.ACCOMPANIMENT_ACT_RECORDED,
                        (e, envelope) -> facts.recordAccompanimentAct(PolicyFactsMapper.act(e))),
                EventHandler.on(EventCatalog.ACCOMPANIED_PROJECT_CHANGED,
                        (e, envelope) -> facts.recordAccompaniedProject(PolicyFactsMapper.project(e))),
                EventHandler.on(EventCatalog.CELLULE_AVIS_ISSUED, (e, envelope) -> celluleAvis.receiveCelluleAvis(avis(e))));
    }

    /** The avis as the Comité keeps it; a payload without its identity or texts is invalid (dead-letter topic). */
    static CelluleAvis avis(CelluleAvisIssuedV1 e) {
        if (e.avisId() == null || e.dossierId() == null || e.writtenAt() == null || e.recommendation() == null
                || e.language() == null) {
            throw new IllegalArgumentException("CelluleAvisIssued without avisId, dossierId, writtenAt, recommendation or language");
        }
        return new CelluleAvis(e.avisId(), e.dossierId(), e.snapshotVersion(), e.avisVersion(), e.recommendation(), e.language(),
                e.informationNote(), e.summary(), e.criteria().stream().map(c -> new CelluleAvis.CriterionAvis(c.criterion(),
                        c.assessment(), c.reason())).toList(), e.writtenBy(), e.writtenAt().toInstant(), false);
    }

    /** An unknown stage, or a message without dossier, sequence or time, is invalid: it goes to the dead-letter topic. */
    static RecordClusterMembershipCommand command(ClusterMembershipChangedV1 e) {
        if (e.dossierId() == null || e.changedAt() == null || e.stage() == null) {
            throw new IllegalArgumentException("ClusterMembershipChanged without dossierId, stage or changedAt");
        }
        ClusterStage stage = ClusterStage.valueOf(e.stage());
        return new RecordClusterMembershipCommand(e.dossierId(), e.sequence(), stage, e.members().stream()
                .map(m -> new RecordClusterMembershipCommand.Member(m.enterpriseNumber(), m.name(), m.country())).toList(),
                e.changedAt().toInstant());
    }

    static OpenEvaluationCaseCommand command(DossierSubmittedV1 e, String document) {
        if (e.dossierId() == null || e.submittedAt() == null) {
            throw new IllegalArgumentException("DossierSubmitted without dossierId or submittedAt");
        }
        return new OpenEvaluationCaseCommand(e.dossierId(), e.snapshotVersion(), e.submittedAt().toInstant(),
                DossierSnapshotMapper.toDomain(e.snapshot()), document, e.callId(), e.sessionId());
    }

    @Incoming("registry-events")
    @Blocking
    public void onMessage(String message, IncomingKafkaRecordMetadata<String, String> record) {
        processor.process(CONSUMER, message, record.getHeaders(), handlers);
    }
}
