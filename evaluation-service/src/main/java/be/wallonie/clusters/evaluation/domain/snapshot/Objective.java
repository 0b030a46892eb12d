package be.wallonie.clusters.evaluation.domain.snapshot;

import java.util.List;
import java.util.UUID;

/** An objective of the shared vision and the members who endorse it (I.2 « Vision collective »). */
public record Objective(String statement, List<UUID> endorsedBy) {

    public Objective {
        endorsedBy = endorsedBy == null ? List.of() : List.copyOf(endorsedBy);
    }
}
