package be.wallonie.clusters.contracts.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * After a new evaluation, the Region renewed a cluster's agrément: the next period starts, funded at
 * that period's (lower) rate.
 *
 * @param agrementId           the new period's agrément
 * @param previousAgrementId   the agrément it follows
 * @param dossierId            the cluster's dossier (aggregate id, Kafka key)
 * @param clusterName          the cluster's name
 * @param scheme               the scheme
 * @param periodNumber         2, 3…
 * @param startDate            first day of the new period
 * @param endDate              last day of the new period
 * @param decisionId           the Region's decision that renewed it
 * @param beneficiary          the organisation employing the animateur
 * @param animator             the animateur post and its eligible yearly cost for the new period
 * @param privateContributions yearly private contributions (poles), in euros
 * @param renewedAt            when it was recorded
 */
public record AgrementRenewedV1(
        UUID agrementId,
        UUID previousAgrementId,
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
        OffsetDateTime renewedAt) {
}
