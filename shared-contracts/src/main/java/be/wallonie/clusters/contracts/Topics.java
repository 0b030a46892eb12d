package be.wallonie.clusters.contracts;

import java.util.List;

/**
 * Kafka topics of the system. One topic per producing service, keyed by aggregate id so that
 * the events of one aggregate stay ordered; one dead-letter topic per consuming service.
 */
public final class Topics {

    /** Events of the cluster registry (dossiers, decisions, agréments, follow-up). */
    public static final String REGISTRY_EVENTS = "cluster-registry.events";
    /** Events of the independent evaluation committee (cases, opinions). */
    public static final String EVALUATION_EVENTS = "evaluation.events";
    /** Events of the funding service (schedules). */
    public static final String FUNDING_EVENTS = "funding.events";

    /** Messages the registry could not process, with the reason in the headers. */
    public static final String REGISTRY_DLQ = "cluster-registry.dlq";
    /** Messages the evaluation service could not process. */
    public static final String EVALUATION_DLQ = "evaluation.dlq";
    /** Messages the funding service could not process. */
    public static final String FUNDING_DLQ = "funding.dlq";

    /** Partitions of an event topic: enough for a few consumer replicas, ordering is per key. */
    public static final int EVENT_TOPIC_PARTITIONS = 6;
    /** Dead-letter topics carry little traffic. */
    public static final int DLQ_TOPIC_PARTITIONS = 1;

    /** A topic and how it is created; topics are never auto-created. */
    public record TopicSpec(String name, int partitions, String producer, String description) {
    }

    public static List<TopicSpec> all() {
        return List.of(
                new TopicSpec(REGISTRY_EVENTS, EVENT_TOPIC_PARTITIONS, "cluster-registry", "Cluster registry domain events"),
                new TopicSpec(EVALUATION_EVENTS, EVENT_TOPIC_PARTITIONS, "evaluation-service", "Evaluation committee domain events"),
                new TopicSpec(FUNDING_EVENTS, EVENT_TOPIC_PARTITIONS, "funding-service", "Funding service domain events"),
                new TopicSpec(REGISTRY_DLQ, DLQ_TOPIC_PARTITIONS, "cluster-registry", "Dead letters of the registry's consumers"),
                new TopicSpec(EVALUATION_DLQ, DLQ_TOPIC_PARTITIONS, "evaluation-service", "Dead letters of the evaluation service's consumers"),
                new TopicSpec(FUNDING_DLQ, DLQ_TOPIC_PARTITIONS, "funding-service", "Dead letters of the funding service's consumers"));
    }

    private Topics() {
    }
}
