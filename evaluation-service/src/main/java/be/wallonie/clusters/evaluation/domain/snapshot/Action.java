package be.wallonie.clusters.evaluation.domain.snapshot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An action of the action plan (III.4).
 *
 * @param category              COMMERCIAL, TECHNOLOGY_PRODUCTION, LOGISTICS, HUMAN_RESOURCES, ... (open set)
 * @param startDate             first day, may be {@code null}
 * @param endDate               last day (inclusive), may be {@code null}
 * @param participants          organisation ids taking part; an action lists its participants explicitly
 * @param expectedMarketOutcome what the action should bring on the market, {@code null} if none
 */
public record Action(
        String title,
        ActionType type,
        String category,
        String axis,
        String orientation,
        LocalDate startDate,
        LocalDate endDate,
        boolean recurring,
        List<UUID> participants,
        BigDecimal budget,
        String expectedMarketOutcome) {

    public Action {
        Objects.requireNonNull(type, "type");
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    public boolean isTargeted() {
        return type == ActionType.TARGETED;
    }

    public boolean hasMarketOutcome() {
        return expectedMarketOutcome != null && !expectedMarketOutcome.isBlank();
    }
}
