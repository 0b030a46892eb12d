package be.wallonie.clusters.contracts.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A validated cluster received its agrément (first period). Carries what the funding service needs to
 * compute the co-funding of the animateur, so it never calls the registry.
 *
 * @param agrementId           the agrément
 * @param dossierId            the cluster's dossier (aggregate id, Kafka key)
 * @param clusterName          the cluster's name
 * @param scheme               {@code ECONOMIC_CLUSTER}, {@code TECHNOLOGY_GRAPE} or {@code COMPETITIVENESS_POLE}
 * @param periodNumber         1 for a first agrément
 * @param startDate            first day of the agrément (from the decision date by default)
 * @param endDate              last day of the agrément (3 years by default)
 * @param decisionId           the Region's decision that granted it
 * @param beneficiary          the organisation employing the animateur
 * @param animator             the animateur post and its eligible yearly cost
 * @param privateContributions yearly private contributions declared in the dossier (poles), in euros
 * @param grantedAt            when it was recorded
 */
public record AgrementGrantedV1(
        UUID agrementId,
        UUID dossierId,
        String clusterName,
        String scheme,
        int periodNumber,
        LocalDate startDate,
        LocalDate endDate,
        UUID decisionId,
        ClusterPartiesV1.Beneficiary beneficiary,
        ClusterPartiesV1.AnimatorPost animator,
        BigDecimal privateContributions,
        OffsetDateTime grantedAt) {
}
