package be.wallonie.clusters.evaluation.domain.panel;

import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import java.util.Objects;
import java.util.UUID;

/** One rule a composition breaks; {@code expertId} names the expert at fault when there is one. */
public record PanelViolation(PanelRule rule, UUID expertId, LocalizedText message) {

    public PanelViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
