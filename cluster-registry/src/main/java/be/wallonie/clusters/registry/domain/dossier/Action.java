package be.wallonie.clusters.registry.domain.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An action of the action plan: generic or targeted, its category, axis (001) and orientation (003), its dates,
 * whether it recurs, the members taking part, its budget in euros and, for targeted actions, the market outcome
 * expected. Checked by {@link DossierContent}.
 */
public record Action(String title, ActionType type, ActionCategory category, ActionAxis axis, Orientation orientation,
        LocalDate startDate, LocalDate endDate, boolean recurring, List<UUID> participants, BigDecimal budget,
        String expectedMarketOutcome) {

    public Action {
        title = Texts.strip(title);
        participants = Texts.copy(participants);
        expectedMarketOutcome = Texts.strip(expectedMarketOutcome);
    }
}
