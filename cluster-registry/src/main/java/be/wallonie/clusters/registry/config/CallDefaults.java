package be.wallonie.clusters.registry.config;

import be.wallonie.clusters.registry.domain.call.CallPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The defaults of a call (domain.md §3): a year of continuous submission, a selection session every three months. */
@ConfigMapping(prefix = "clusters.call")
public interface CallDefaults {

    /** How long a call stays open when its closing day is not given ("une année"). */
    @WithDefault("12")
    int durationMonths();

    /** Months between selection sessions ("tous les trois mois", III.3). */
    @WithDefault("3")
    int sessionIntervalMonths();

    /** Days before a session by which a dossier must be submitted to be examined there. */
    @WithDefault("30")
    int cutOffDays();

    /** The longest call accepted. */
    @WithDefault("36")
    int maxDurationMonths();

    @ApplicationScoped
    class Producer {

        @Produces
        @Singleton // a record cannot be proxied, so not @ApplicationScoped
        CallPolicy callPolicy(CallDefaults d) {
            return new CallPolicy(d.durationMonths(), d.sessionIntervalMonths(), d.cutOffDays(), d.maxDurationMonths());
        }
    }
}
