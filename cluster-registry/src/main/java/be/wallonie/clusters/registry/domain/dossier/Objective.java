package be.wallonie.clusters.registry.domain.dossier;

import java.util.List;
import java.util.UUID;

/** An objective of the shared vision ("objectifs limités mais partagés", I.2) and the members who endorse it. */
public record Objective(String statement, List<UUID> endorsedBy) {

    public Objective {
        statement = Texts.strip(statement);
        endorsedBy = Texts.copy(endorsedBy);
    }
}
