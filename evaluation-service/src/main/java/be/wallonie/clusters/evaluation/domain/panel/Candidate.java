package be.wallonie.clusters.evaluation.domain.panel;

import be.wallonie.clusters.evaluation.domain.expert.Conflict;
import be.wallonie.clusters.evaluation.domain.expert.Expert;
import java.util.List;
import java.util.Objects;

/**
 * An expert as the panel rules see them for one case: their detected conflicts and their load.
 *
 * @param activePanels panels of cases without an opinion yet on which the expert sits (the load)
 */
public record Candidate(Expert expert, List<Conflict> conflicts, int activePanels) {

    public Candidate {
        Objects.requireNonNull(expert, "expert");
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public boolean conflicted() {
        return conflicts.stream().anyMatch(c -> c.kind() != Conflict.Kind.PUBLIC_AUTHORITY_STAFF);
    }

    public boolean eligible() {
        return !conflicted() && !expert.publicAuthorityStaff();
    }
}
