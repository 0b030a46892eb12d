package be.wallonie.clusters.foundation.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock of every service's use cases, in the zone of the Walloon administration: "today" (a decision
 * date, an agrément's start, the default date of a simulation) is the Brussels calendar day, not the UTC
 * one. A default bean, so a test or a service may produce its own.
 */
@ApplicationScoped
public class ClockProducer {

    /** The zone of the Walloon administration's calendar. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(BRUSSELS);
    }
}
