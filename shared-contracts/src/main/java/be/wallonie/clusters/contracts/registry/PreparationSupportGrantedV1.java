package be.wallonie.clusters.contracts.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A cluster in validation phase receives time-limited co-funding of its animateur while it prepares its
 * dossier ("cofinancement … pour les clusters en phase de validation", limited in time).
 *
 * @param supportId    the support
 * @param dossierId    the cluster's dossier (aggregate id, Kafka key)
 * @param clusterName  the cluster's name
 * @param startDate    first day of the support
 * @param endDate      last day asked for (the funding scheme may cut it shorter)
 * @param beneficiary  the organisation employing the animateur
 * @param animator     the animateur post and its eligible yearly cost
 * @param grantedBy    the subject of the Region's officer
 * @param grantedAt    when it was recorded
 */
public record PreparationSupportGrantedV1(
        UUID supportId,
        UUID dossierId,
        String clusterName,
        LocalDate startDate,
        LocalDate endDate,
        ClusterPartiesV1.Beneficiary beneficiary,
        ClusterPartiesV1.AnimatorPost animator,
        String grantedBy,
        OffsetDateTime grantedAt) {
}
