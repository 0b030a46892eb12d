package be.wallonie.clusters.registry.config;

import be.wallonie.clusters.registry.domain.agrement.AgrementPolicy;
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
}
