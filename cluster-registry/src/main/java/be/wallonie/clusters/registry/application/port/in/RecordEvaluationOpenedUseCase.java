package be.wallonie.clusters.registry.application.port.in;

public interface RecordEvaluationOpenedUseCase {

    void recordEvaluationOpened(RecordEvaluationOpenedCommand command);
}
