package be.wallonie.clusters.systemtests;

import be.wallonie.clusters.localstack.ServiceProcess;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The three packaged services with the settings Kubernetes gives them, started once for all the classes that need
 * nothing else ({@code @ExtendWith(SharedServices.class)}) and stopped when the test plan ends. A start costs some
 * 25 s on 2 cores; the database and the broker are shared by every class anyway. A class that needs services of its
 * own (a crash, another environment) calls {@link #stop()} first, so that never two instances of one service share
 * its consumer group.
 */
final class SharedServices implements BeforeAllCallback {

    /** The running services. */
    record Running(ServiceProcess registry, ServiceProcess evaluation, ServiceProcess funding) {
    }

    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        get();
        // Closed with the root context, i.e. once every class has run.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedServices.class, k -> (ExtensionContext.Store.CloseableResource) SharedServices::stop);
    }

    /** The services, started on first use. */
    static synchronized Running get() throws Exception {
        if (running == null) {
            ServiceProcess registry = null;
            ServiceProcess evaluation = null;
            try {
                registry = SystemUnderTest.start("cluster-registry");
                evaluation = SystemUnderTest.start("evaluation-service");
                running = new Running(registry, evaluation, SystemUnderTest.start("funding-service"));
            } catch (Exception | Error e) {
                SystemUnderTest.stopAll(registry, evaluation);
                throw e;
            }
        }
        return running;
    }

    /** Stops the shared services if they run (they start again on the next {@link #get()}). */
    static synchronized void stop() {
        if (running != null) {
            SystemUnderTest.stopAll(running.registry(), running.evaluation(), running.funding());
            running = null;
        }
    }
}
