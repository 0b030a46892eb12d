package be.wallonie.clusters.evaluation.domain.criteria;

import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import java.util.List;
import java.util.Objects;

/**
 * Which scheme the dossier belongs to on the technology dimension (I.2 « Dimension technologique »):
 * {@link Scheme#TECHNOLOGY_GRAPE} or {@link Scheme#ECONOMIC_CLUSTER}.
 *
 * @param route      the scheme the indicators point to
 * @param appliedFor the scheme the dossier applied for, for comparison
 */
public record Routing(Scheme route, Scheme appliedFor, List<Indicator> indicators, List<Threshold> thresholds,
                      LocalizedText explanation) {

    public Routing {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(explanation, "explanation");
        indicators = List.copyOf(indicators);
        thresholds = List.copyOf(thresholds);
    }

    /** Whether the dossier applied as a cluster or grappe and the indicators point to the other one. */
    public boolean differsFromApplication() {
        return appliedFor != Scheme.COMPETITIVENESS_POLE && appliedFor != route;
    }
}
