package be.wallonie.clusters.contracts;

import be.wallonie.clusters.contracts.evaluation.ComiteSessionClosedV1;
import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1;
import be.wallonie.clusters.contracts.evaluation.PanelComposedV1;
import be.wallonie.clusters.contracts.funding.FundingScheduleComputedV1;
import be.wallonie.clusters.contracts.funding.PaymentRecordedV1;
import be.wallonie.clusters.contracts.registry.AccompaniedProjectChangedV1;
import be.wallonie.clusters.contracts.registry.AccompanimentActRecordedV1;
import be.wallonie.clusters.contracts.registry.AgrementExpiredV1;
import be.wallonie.clusters.contracts.registry.AgrementGrantedV1;
import be.wallonie.clusters.contracts.registry.AgrementRenewedV1;
import be.wallonie.clusters.contracts.registry.AnimatorCostsDeclaredV1;
import be.wallonie.clusters.contracts.registry.CelluleAvisIssuedV1;
import be.wallonie.clusters.contracts.registry.ClusterMembershipChangedV1;
import be.wallonie.clusters.contracts.registry.DossierDecidedV1;
import be.wallonie.clusters.contracts.registry.DossierReturnedForCompletionV1;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import be.wallonie.clusters.contracts.registry.DossierWithdrawnV1;
import be.wallonie.clusters.contracts.registry.FollowUpReportFiledV1;
import be.wallonie.clusters.contracts.registry.PoleProjectApprovedV1;
import be.wallonie.clusters.contracts.registry.PreparationSupportEndedV1;
import be.wallonie.clusters.contracts.registry.PreparationSupportGrantedV1;
import be.wallonie.clusters.contracts.registry.SessionResultsPublishedV1;
import java.util.List;
import java.util.Optional;

/** Every event type of the system. A breaking change is a new {@code .vN} entry, never an edit. */
public final class EventCatalog {

    public static final EventType<DossierSubmittedV1> DOSSIER_SUBMITTED = new EventType<>(
            "be.wallonie.clusters.registry.DossierSubmitted.v1", Topics.REGISTRY_EVENTS, DossierSubmittedV1.class);

    public static final EventType<DossierDecidedV1> DOSSIER_DECIDED = new EventType<>(
            "be.wallonie.clusters.registry.DossierDecided.v1", Topics.REGISTRY_EVENTS, DossierDecidedV1.class);

    public static final EventType<DossierWithdrawnV1> DOSSIER_WITHDRAWN = new EventType<>(
            "be.wallonie.clusters.registry.DossierWithdrawn.v1", Topics.REGISTRY_EVENTS, DossierWithdrawnV1.class);

    public static final EventType<DossierReturnedForCompletionV1> DOSSIER_RETURNED_FOR_COMPLETION = new EventType<>(
            "be.wallonie.clusters.registry.DossierReturnedForCompletion.v1", Topics.REGISTRY_EVENTS,
            DossierReturnedForCompletionV1.class);

    public static final EventType<AgrementGrantedV1> AGREMENT_GRANTED = new EventType<>(
            "be.wallonie.clusters.registry.AgrementGranted.v1", Topics.REGISTRY_EVENTS, AgrementGrantedV1.class);

    public static final EventType<AgrementRenewedV1> AGREMENT_RENEWED = new EventType<>(
            "be.wallonie.clusters.registry.AgrementRenewed.v1", Topics.REGISTRY_EVENTS, AgrementRenewedV1.class);

    public static final EventType<AgrementExpiredV1> AGREMENT_EXPIRED = new EventType<>(
            "be.wallonie.clusters.registry.AgrementExpired.v1", Topics.REGISTRY_EVENTS, AgrementExpiredV1.class);

    public static final EventType<PreparationSupportGrantedV1> PREPARATION_SUPPORT_GRANTED = new EventType<>(
            "be.wallonie.clusters.registry.PreparationSupportGranted.v1", Topics.REGISTRY_EVENTS, PreparationSupportGrantedV1.class);

    public static final EventType<PreparationSupportEndedV1> PREPARATION_SUPPORT_ENDED = new EventType<>(
            "be.wallonie.clusters.registry.PreparationSupportEnded.v1", Topics.REGISTRY_EVENTS, PreparationSupportEndedV1.class);

    public static final EventType<AnimatorCostsDeclaredV1> ANIMATOR_COSTS_DECLARED = new EventType<>(
            "be.wallonie.clusters.registry.AnimatorCostsDeclared.v1", Topics.REGISTRY_EVENTS, AnimatorCostsDeclaredV1.class);

    public static final EventType<PoleProjectApprovedV1> POLE_PROJECT_APPROVED = new EventType<>(
            "be.wallonie.clusters.registry.PoleProjectApproved.v1", Topics.REGISTRY_EVENTS, PoleProjectApprovedV1.class);

    public static final EventType<FollowUpReportFiledV1> FOLLOW_UP_REPORT_FILED = new EventType<>(
            "be.wallonie.clusters.registry.FollowUpReportFiled.v1", Topics.REGISTRY_EVENTS, FollowUpReportFiledV1.class);

    public static final EventType<SessionResultsPublishedV1> SESSION_RESULTS_PUBLISHED = new EventType<>(
            "be.wallonie.clusters.registry.SessionResultsPublished.v1", Topics.REGISTRY_EVENTS, SessionResultsPublishedV1.class);

    public static final EventType<CelluleAvisIssuedV1> CELLULE_AVIS_ISSUED = new EventType<>(
            "be.wallonie.clusters.registry.CelluleAvisIssued.v1", Topics.REGISTRY_EVENTS, CelluleAvisIssuedV1.class);

    public static final EventType<ClusterMembershipChangedV1> CLUSTER_MEMBERSHIP_CHANGED = new EventType<>(
            "be.wallonie.clusters.registry.ClusterMembershipChanged.v1", Topics.REGISTRY_EVENTS, ClusterMembershipChangedV1.class);

    public static final EventType<AccompanimentActRecordedV1> ACCOMPANIMENT_ACT_RECORDED = new EventType<>(
            "be.wallonie.clusters.registry.AccompanimentActRecorded.v1", Topics.REGISTRY_EVENTS, AccompanimentActRecordedV1.class);

    public static final EventType<AccompaniedProjectChangedV1> ACCOMPANIED_PROJECT_CHANGED = new EventType<>(
            "be.wallonie.clusters.registry.AccompaniedProjectChanged.v1", Topics.REGISTRY_EVENTS, AccompaniedProjectChangedV1.class);

    public static final EventType<EvaluationOpenedV1> EVALUATION_OPENED = new EventType<>(
            "be.wallonie.clusters.evaluation.EvaluationOpened.v1", Topics.EVALUATION_EVENTS, EvaluationOpenedV1.class);

    public static final EventType<OpinionIssuedV1> OPINION_ISSUED = new EventType<>(
            "be.wallonie.clusters.evaluation.OpinionIssued.v1", Topics.EVALUATION_EVENTS, OpinionIssuedV1.class);

    public static final EventType<ComiteSessionClosedV1> COMITE_SESSION_CLOSED = new EventType<>(
            "be.wallonie.clusters.evaluation.ComiteSessionClosed.v1", Topics.EVALUATION_EVENTS, ComiteSessionClosedV1.class);

    public static final EventType<PanelComposedV1> PANEL_COMPOSED = new EventType<>(
            "be.wallonie.clusters.evaluation.PanelComposed.v1", Topics.EVALUATION_EVENTS, PanelComposedV1.class);

    public static final EventType<FundingScheduleComputedV1> FUNDING_SCHEDULE_COMPUTED = new EventType<>(
            "be.wallonie.clusters.funding.FundingScheduleComputed.v1", Topics.FUNDING_EVENTS, FundingScheduleComputedV1.class);

    public static final EventType<PaymentRecordedV1> PAYMENT_RECORDED = new EventType<>(
            "be.wallonie.clusters.funding.PaymentRecorded.v1", Topics.FUNDING_EVENTS, PaymentRecordedV1.class);

    public static List<EventType<?>> all() {
        return List.of(DOSSIER_SUBMITTED, DOSSIER_DECIDED, DOSSIER_WITHDRAWN, DOSSIER_RETURNED_FOR_COMPLETION,
                AGREMENT_GRANTED, AGREMENT_RENEWED, AGREMENT_EXPIRED,
                PREPARATION_SUPPORT_GRANTED, PREPARATION_SUPPORT_ENDED, ANIMATOR_COSTS_DECLARED, POLE_PROJECT_APPROVED,
                FOLLOW_UP_REPORT_FILED, SESSION_RESULTS_PUBLISHED,
                CELLULE_AVIS_ISSUED, CLUSTER_MEMBERSHIP_CHANGED, ACCOMPANIMENT_ACT_RECORDED, ACCOMPANIED_PROJECT_CHANGED,
                EVALUATION_OPENED, OPINION_ISSUED, COMITE_SESSION_CLOSED, PANEL_COMPOSED,
                FUNDING_SCHEDULE_COMPUTED, PAYMENT_RECORDED);
    }

    public static Optional<EventType<?>> byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private EventCatalog() {
    }
}
