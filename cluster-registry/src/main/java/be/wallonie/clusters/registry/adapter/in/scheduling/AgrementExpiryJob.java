package be.wallonie.clusters.registry.adapter.in.scheduling;

import be.wallonie.clusters.registry.application.port.in.ExpireAgrementsUseCase;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every night (configurable, {@code clusters.agrement.expiry-cron}), agréments past their last day expire and
 * {@code AgrementExpired} is published. Safe with several replicas: each batch locks its rows and skips the
 * rows another replica holds; a run that overlaps the previous one is skipped.
 */
@ApplicationScoped
public class AgrementExpiryJob {

    private static final Logger LOG = Logger.getLogger(AgrementExpiryJob.class);

    private final ExpireAgrementsUseCase expire;

    AgrementExpiryJob(ExpireAgrementsUseCase expire) {
        this.expire = expire;
    }

    @Scheduled(identity = "agrement-expiry", cron = "{clusters.agrement.expiry-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        int total = 0;
        for (int batch = expire.expireEndedAgrements(); batch > 0; batch = expire.expireEndedAgrements()) {
            total += batch;
        }
        if (total > 0) {
            LOG.infof("%d agrément(s) expired", total);
        }
    }
}
