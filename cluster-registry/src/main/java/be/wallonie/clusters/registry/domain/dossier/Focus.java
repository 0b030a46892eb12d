package be.wallonie.clusters.registry.domain.dossier;

import java.util.Objects;

/**
 * What the cluster gathers around: a market or a technology (I.1.2 §3, "intérêt commun"), never
 * a mere territory.
 */
public record Focus(Kind kind, String domain, String description) {

    public enum Kind {
        MARKET,
        TECHNOLOGY
    }

    public Focus {
        Objects.requireNonNull(kind, "focus kind");
    }
}
