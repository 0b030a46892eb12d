package be.wallonie.clusters.registry.application.port.in;

public interface RecordOpinionUseCase {

    void recordOpinion(RecordOpinionCommand command);
}
