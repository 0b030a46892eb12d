package be.wallonie.clusters.registry.domain.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The eligible animateur costs (and private contributions) a cluster declares for one budget year. A later
 * declaration for the same year replaces the earlier one and must say why (a correction, costs declared late).
 */
public record CostDeclaration(UUID id, UUID dossierId, int budgetYear, BigDecimal eligibleCosts, BigDecimal privateContributions,
        String reason, String declaredBy, Instant declaredAt) {

    public CostDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eligibleCosts, "eligibleCosts");
        privateContributions = privateContributions == null ? BigDecimal.ZERO : privateContributions;
        if (eligibleCosts.signum() < 0 || eligibleCosts.scale() > 2) {
            throw new IllegalArgumentException("eligibleCosts");
        }
        if (privateContributions.signum() < 0 || privateContributions.scale() > 2) {
            throw new IllegalArgumentException("privateContributions");
        }
    }

    /** Whether this declaration corrects an earlier one of the same year, which needs a reason. */
    public static boolean needsReason(boolean earlierDeclarationExists, String reason) {
        return earlierDeclarationExists && (reason == null || reason.isBlank());
    }
}
