package be.wallonie.clusters.contracts.registry;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A cluster declared its eligible animateur costs (and, for a pole, its private contributions) for one
 * budget year. A later declaration for the same year replaces the earlier one (a correction, or costs
 * declared late); the funding service recomputes the schedule.
 *
 * @param declarationId        the declaration
 * @param dossierId            the cluster's dossier (aggregate id, Kafka key)
 * @param budgetYear           the calendar year the costs belong to
 * @param eligibleCosts        eligible animateur costs of that year, in euros
 * @param privateContributions private contributions of that year (poles; zero otherwise), in euros
 * @param reason               why, for a correction; null for a first declaration
 * @param declaredBy           the subject of the user who declared
 * @param declaredAt           when
 */
public record AnimatorCostsDeclaredV1(
        UUID declarationId,
        UUID dossierId,
        int budgetYear,
        BigDecimal eligibleCosts,
        BigDecimal privateContributions,
        String reason,
        String declaredBy,
        OffsetDateTime declaredAt) {
}
