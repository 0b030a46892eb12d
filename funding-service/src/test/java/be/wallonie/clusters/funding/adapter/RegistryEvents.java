package be.wallonie.clusters.funding.adapter;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.registry.AgrementExpiredV1;
import be.wallonie.clusters.contracts.registry.AgrementGrantedV1;
import be.wallonie.clusters.contracts.registry.AgrementRenewedV1;
import be.wallonie.clusters.contracts.registry.AnimatorCostsDeclaredV1;
import be.wallonie.clusters.contracts.registry.ClusterPartiesV1;
import be.wallonie.clusters.contracts.registry.PoleProjectApprovedV1;
import be.wallonie.clusters.contracts.registry.PreparationSupportEndedV1;
import be.wallonie.clusters.contracts.registry.PreparationSupportGrantedV1;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The registry's events as it writes them on its topic, for the funding service's tests. */
final class RegistryEvents {

    static final ClusterPartiesV1.Beneficiary BENEFICIARY = new ClusterPartiesV1.Beneficiary(UUID.randomUUID(), "0403.170.701",
            "Cluster Bois ASBL");

    static ClusterPartiesV1.AnimatorPost animator(String yearlyCost) {
        return new ClusterPartiesV1.AnimatorPost(new BigDecimal("1.0"), LocalDate.of(2025, 4, 1), new BigDecimal(yearlyCost));
    }

    static String granted(UUID dossierId, UUID agrementId, String scheme, LocalDate start, LocalDate end, String yearlyCost,
            String contributions) {
        return EventCodec.write(EventCodec.envelope(EventCatalog.AGREMENT_GRANTED, "/cluster-registry", agrementId.toString(),
                new AgrementGrantedV1(agrementId, dossierId, "Cluster Bois", scheme, 1, start, end, UUID.randomUUID(), BENEFICIARY,
                        animator(yearlyCost), contributions == null ? null : new BigDecimal(contributions), now())));
    }

    /** A grape's or a pole's agrément: no animateur post; a grape states its yearly eligible costs, a pole none. */
    static String grantedWithoutPost(UUID dossierId, UUID agrementId, String scheme, LocalDate start, LocalDate end,
            String eligibleYearlyCosts, List<UUID> coreGroup) {
        return EventCodec.write(EventCodec.envelope(EventCatalog.AGREMENT_GRANTED, "/cluster-registry", agrementId.toString(),
                new AgrementGrantedV1(agrementId, dossierId, "Grappe Photonique", scheme, 1, start, end, UUID.randomUUID(), BENEFICIARY,
                        null, null, now(), eligibleYearlyCosts == null ? null : new BigDecimal(eligibleYearlyCosts), coreGroup)));
    }

    static String poleProject(UUID dossierId, UUID projectId, String kind, LocalDate start, LocalDate end, String budget,
            String contributions) {
        return EventCodec.write(EventCodec.envelope(EventCatalog.POLE_PROJECT_APPROVED, "/cluster-registry", projectId.toString(),
                new PoleProjectApprovedV1(projectId, dossierId, "Biowin", start.getYear(), kind, "projet " + kind, start, end,
                        new BigDecimal(budget), new BigDecimal(contributions), "region-1", now())));
    }

    static String supportEnded(UUID dossierId, UUID supportId, LocalDate lastDay, String reason) {
        return EventCodec.write(EventCodec.envelope(EventCatalog.PREPARATION_SUPPORT_ENDED, "/cluster-registry", UUID.randomUUID().toString(),
                new PreparationSupportEndedV1(supportId, dossierId, lastDay, reason, now())));
    }

    static String renewed(UUID dossierId, UUID agrementId, UUID previous, int period, LocalDate start, LocalDate end,
            String yearlyCost) {
        return EventCodec.write(EventCodec.envelope(EventCatalog.AGREMENT_RENEWED, "/cluster-registry", agrementId.toString(),
                new AgrementRenewedV1(agrementId, previous, dossierId, "Cluster Bois", "ECONOMIC_CLUSTER", period, start, end,
                        UUID.randomUUID(), BENEFICIARY, animator(yearlyCost), null, now())));
    }

    static String expired(UUID dossierId, UUID agrementId, LocalDate end) {
        return EventCodec.write(EventCodec.envelope(EventCatalog.AGREMENT_EXPIRED, "/cluster-registry", agrementId.toString(),
                new AgrementExpiredV1(agrementId, dossierId, 1, end, now())));
    }

    static String preparation(UUID dossierId, LocalDate start, LocalDate end, String yearlyCost) {
        return preparation(dossierId, UUID.randomUUID(), start, end, yearlyCost);
    }

    static String preparation(UUID dossierId, UUID id, LocalDate start, LocalDate end, String yearlyCost) {
        return EventCodec.write(EventCodec.envelope(EventCatalog.PREPARATION_SUPPORT_GRANTED, "/cluster-registry", id.toString(),
                new PreparationSupportGrantedV1(id, dossierId, "Cluster Bois", start, end, BENEFICIARY, animator(yearlyCost),
                        "region-1", now())));
    }

    static String costs(UUID dossierId, int year, String costs) {
        UUID id = UUID.randomUUID();
        return EventCodec.write(EventCodec.envelope(EventCatalog.ANIMATOR_COSTS_DECLARED, "/cluster-registry", id.toString(),
                new AnimatorCostsDeclaredV1(id, dossierId, year, new BigDecimal(costs), BigDecimal.ZERO, null, "applicant-1", now())));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private RegistryEvents() {
    }
}
