package be.wallonie.clusters.funding.adapter.in.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.registry.ClusterPartiesV1;
import be.wallonie.clusters.foundation.inbox.EventHandler;
import be.wallonie.clusters.foundation.inbox.IdempotentEventProcessor;
import be.wallonie.clusters.funding.application.port.in.RecordFileChangeUseCase;
import be.wallonie.clusters.funding.domain.file.Beneficiary;
import be.wallonie.clusters.funding.domain.file.CoreGroup;
import be.wallonie.clusters.funding.domain.file.FileChange;
import be.wallonie.clusters.funding.domain.file.FundedPeriod;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.schedule.PoleProject;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Builds the funding files from the registry's agrément, support and cost events, each applied exactly once.
 * An event the file cannot take (a renewal with no agrément, an amount with more than two decimals) fails with
 * an {@link IllegalArgumentException} and goes to the dead-letter topic with its reason.
 */
@ApplicationScoped
public class RegistryEventsConsumer {

    static final String CONSUMER = "funding-service";

    private final IdempotentEventProcessor processor;
    private final List<EventHandler<?>> handlers;

    RegistryEventsConsumer(IdempotentEventProcessor processor, RecordFileChangeUseCase files) {
        this.processor = processor;
        this.handlers = List.of(
                EventHandler.on(EventCatalog.AGREMENT_GRANTED, (e, envelope) -> files.recordFileChange(
                        new FileChange.AgrementGranted(e.dossierId(), e.clusterName(), SchemeCode.ofAgrement(e.scheme()),
                                new FundedPeriod(e.agrementId(), e.periodNumber(), e.startDate(), e.endDate(), false),
                                beneficiary(e.beneficiary()), yearlyCosts(e.eligibleYearlyCosts(), e.animator()),
                                money(e.privateContributions()), CoreGroup.of(e.coreGroupOrganisationIds(), e.coreGroupEnterpriseNumbers())))),
                EventHandler.on(EventCatalog.AGREMENT_RENEWED, (e, envelope) -> files.recordFileChange(
                        new FileChange.AgrementRenewed(e.dossierId(), e.clusterName(), SchemeCode.ofAgrement(e.scheme()),
                                new FundedPeriod(e.agrementId(), e.periodNumber(), e.startDate(), e.endDate(), false),
                                beneficiary(e.beneficiary()), yearlyCosts(e.eligibleYearlyCosts(), e.animator()),
                                money(e.privateContributions()), CoreGroup.of(e.coreGroupOrganisationIds(), e.coreGroupEnterpriseNumbers())))),
                EventHandler.on(EventCatalog.AGREMENT_EXPIRED, (e, envelope) -> files.recordFileChange(
                        new FileChange.AgrementExpired(e.dossierId(), e.agrementId(), e.endDate()))),
                EventHandler.on(EventCatalog.PREPARATION_SUPPORT_GRANTED, (e, envelope) -> files.recordFileChange(
                        new FileChange.PreparationSupportGranted(e.dossierId(), e.clusterName(),
                                new FundingFile.PreparationSupport(e.supportId(), e.startDate(), e.endDate(),
                                        yearlyCosts(null, e.animator())),
                                beneficiary(e.beneficiary()), CoreGroup.of(e.coreGroupOrganisationIds(), e.coreGroupEnterpriseNumbers())))),
                EventHandler.on(EventCatalog.PREPARATION_SUPPORT_ENDED, (e, envelope) -> files.recordFileChange(
                        new FileChange.PreparationSupportEnded(e.dossierId(), e.supportId(), e.endDate(), endReason(e.reason())))),
                EventHandler.on(EventCatalog.POLE_PROJECT_APPROVED, (e, envelope) -> files.recordFileChange(
                        new FileChange.PoleProjectApproved(e.dossierId(), e.clusterName(), new PoleProject(e.projectId(),
                                projectKind(e.kind()), e.title(), e.callYear(), e.startDate(), e.endDate(), money(e.budget()),
                                money(e.privateContributions()))))),
                EventHandler.on(EventCatalog.ANIMATOR_COSTS_DECLARED, (e, envelope) -> files.recordFileChange(
                        new FileChange.CostsDeclared(e.dossierId(), e.budgetYear(), money(e.eligibleCosts()),
                                money(e.privateContributions()), e.reason()))));
    }

    private static Beneficiary beneficiary(ClusterPartiesV1.Beneficiary b) {
        if (b == null) {
            throw new IllegalArgumentException("an agrément or support names its beneficiary");
        }
        return new Beneficiary(b.organisationId(), b.enterpriseNumber(), b.name());
    }

    /**
     * The yearly eligible cost the scheme funds by default: the one the event states (a grape's declared costs, the
     * animateur post's cost), else the animateur post's; none for a pole (funded by its projects).
     */
    private static Money yearlyCosts(BigDecimal eligibleYearlyCosts, ClusterPartiesV1.AnimatorPost animator) {
        if (eligibleYearlyCosts != null) {
            return money(eligibleYearlyCosts);
        }
        return animator == null ? Money.ZERO : money(animator.yearlyCost());
    }

    private static FundingInputs.CutReason endReason(String reason) {
        return switch (reason == null ? "" : reason) {
            case "AGREMENT_STARTED" -> FundingInputs.CutReason.AGREMENT_STARTS;
            case "DOSSIER_REJECTED" -> FundingInputs.CutReason.DOSSIER_REJECTED;
            case "DOSSIER_WITHDRAWN" -> FundingInputs.CutReason.DOSSIER_WITHDRAWN;
            default -> throw new IllegalArgumentException("unknown reason for the end of a preparation support: " + reason);
        };
    }

    private static PoleProject.Kind projectKind(String kind) {
        try {
            return PoleProject.Kind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown kind of pole project: " + kind);
        }
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? Money.ZERO : new Money(amount);
    }

    @Incoming("registry-events")
    @Blocking
    public void onMessage(String message, IncomingKafkaRecordMetadata<String, String> record) {
        processor.process(CONSUMER, message, record.getHeaders(), handlers);
    }
}
