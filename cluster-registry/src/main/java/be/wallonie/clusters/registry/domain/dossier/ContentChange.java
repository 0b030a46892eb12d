package be.wallonie.clusters.registry.domain.dossier;

import java.time.Instant;
import java.util.List;

/** An edit of the dossier's content, for the audit trail: who, when, which sections. */
public record ContentChange(String by, Instant at, List<String> sections) {

    public ContentChange {
        sections = List.copyOf(sections);
    }
}
