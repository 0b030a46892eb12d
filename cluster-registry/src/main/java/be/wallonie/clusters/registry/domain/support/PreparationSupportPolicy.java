package be.wallonie.clusters.registry.domain.support;

/**
 * How long a preparation support may last: at most 12 months by default ("limité dans le temps", 000 III.2; domain.md
 * §5 {@code CLUSTER_PREPARATION}: "at most 12 months"); configuration.
 */
public record PreparationSupportPolicy(int maxMonths) {

    public PreparationSupportPolicy {
        if (maxMonths < 1) {
            throw new IllegalArgumentException("a preparation support may last at least a month");
        }
    }
}
