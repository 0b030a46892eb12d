package be.wallonie.clusters.registry.domain.avis;

import java.util.Objects;

/** The Cellule's assessment of one criterion, with its reason as written. */
public record CriterionAvis(AvisCriterion criterion, Assessment assessment, String reason) {

    public CriterionAvis {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(reason, "reason");
    }
}
