package be.wallonie.clusters.registry.domain.agrement;

/** How long an agrément lasts: 3 years by default ("Agrément pour 3 ans", 001); configuration. */
public record AgrementPolicy(int years) {

    public AgrementPolicy {
        if (years < 1) {
            throw new IllegalArgumentException("an agrément lasts at least a year");
        }
    }
}
