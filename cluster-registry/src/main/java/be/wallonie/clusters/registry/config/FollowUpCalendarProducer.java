package be.wallonie.clusters.registry.config;

import be.wallonie.clusters.registry.domain.followup.FollowUpCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.MonthDay;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class FollowUpCalendarProducer {

    /**
     * {@code clusters.follow-up.due-month-day} (MM-dd, default {@code 03-31}): the day of the next year by which a year's
     * follow-up report is due.
     */
    @Produces
    @Singleton // a record cannot be proxied, so not @ApplicationScoped
    FollowUpCalendar followUpCalendar(@ConfigProperty(name = "clusters.follow-up.due-month-day", defaultValue = "03-31") String day) {
        return new FollowUpCalendar(MonthDay.parse("--" + day.strip()));
    }
}
