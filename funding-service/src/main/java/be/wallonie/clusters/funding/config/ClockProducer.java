package be.wallonie.clusters.funding.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock of the use cases; tests may replace it. Its zone is Brussels: "today" (the default computation date of a
 * simulation, the earliest effective date of a new scheme version) is the Walloon calendar day, not the UTC one.
 */
@ApplicationScoped
public class ClockProducer {

    /** The zone of the Walloon administration's calendar. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(BRUSSELS);
    }
}
