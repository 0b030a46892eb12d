package be.wallonie.clusters.contracts;

import be.wallonie.clusters.contracts.evaluation.EvaluationOpenedV1;
import be.wallonie.clusters.contracts.registry.DossierSubmittedV1;
import java.util.List;
import java.util.Optional;

/** Every event type of the system. A breaking change is a new {@code .vN} entry, never an edit. */
public final class EventCatalog {

    public static final EventType<DossierSubmittedV1> DOSSIER_SUBMITTED = new EventType<>(
            "be.wallonie.clusters.registry.DossierSubmitted.v1", Topics.REGISTRY_EVENTS, DossierSubmittedV1.class);

    public static final EventType<EvaluationOpenedV1> EVALUATION_OPENED = new EventType<>(
            "be.wallonie.clusters.evaluation.EvaluationOpened.v1", Topics.EVALUATION_EVENTS, EvaluationOpenedV1.class);

    public static List<EventType<?>> all() {
        return List.of(DOSSIER_SUBMITTED, EVALUATION_OPENED);
    }

    public static Optional<EventType<?>> byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private EventCatalog() {
    }
}
