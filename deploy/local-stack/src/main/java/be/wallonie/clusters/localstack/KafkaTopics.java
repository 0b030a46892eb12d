package be.wallonie.clusters.localstack;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Creates the system's topics on any broker (embedded or external), leaving existing ones alone. */
public final class KafkaTopics {

    public static void create(String bootstrapServers) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            int brokers = admin.describeCluster().nodes().get().size();
            KafkaBroker.createTopics(admin, (short) Math.min(3, brokers));
        }
    }

    private KafkaTopics() {
    }
}
