package be.wallonie.clusters.registry.config;

import be.wallonie.clusters.registry.domain.agrement.AgrementPolicy;
import be.wallonie.clusters.registry.domain.support.PreparationSupportPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class AgrementPolicyProducer {

    @Produces
    @Singleton // a record cannot be proxied, so not @ApplicationScoped
    AgrementPolicy agrementPolicy(@ConfigProperty(name = "clusters.agrement.years") int years) {
        return new AgrementPolicy(years);
    }

    /** {@code clusters.registry.preparation-support.max-months}: the longest preparation support window (default 12). */
    @Produces
    @Singleton
    PreparationSupportPolicy preparationSupportPolicy(
            @ConfigProperty(name = "clusters.registry.preparation-support.max-months", defaultValue = "12") int maxMonths) {
        return new PreparationSupportPolicy(maxMonths);
    }
}
