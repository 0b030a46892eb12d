package be.wallonie.clusters.registry.domain.followup;

import be.wallonie.clusters.registry.domain.dossier.Action;
import be.wallonie.clusters.registry.domain.dossier.ExpectedGain;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The plan the Comité judged for an agrément (domain.md §3, "follow-up against the plan"): the action plan and the
 * expected gains of the snapshot the agrément was granted on, and the conditions of the opinion the Region's decision
 * followed. Actions, gains and conditions are named by their position in those lists, from 1.
 *
 * @param snapshotVersion the validated snapshot
 * @param opinionId       the opinion the decision followed (or departed from)
 */
public record JudgedPlan(int snapshotVersion, UUID opinionId, List<Action> actions, List<ExpectedGain> gains,
        List<String> conditions) {

    public JudgedPlan {
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
        gains = List.copyOf(Objects.requireNonNull(gains, "gains"));
        conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
    }
}
