package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.ExpertSearch;
import be.wallonie.clusters.evaluation.domain.expert.Expert;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Loads and stores expert records. */
public interface ExpertsPort {

    Optional<Expert> loadExpert(UUID id);

    Optional<Expert> loadExpertOfUser(String userId);

    List<Expert> loadExperts(Collection<UUID> ids);

    /** Every expert, for the panel proposal (the Comité's pool is small: tens to a few hundred). */
    List<Expert> loadAllExperts();

    /** One page, sorted by name then id, and the total count. */
    SearchResult searchExperts(ExpertSearch search);

    record SearchResult(List<Expert> items, long total) {
    }

    /** Inserts a new expert (version 0). */
    void insertExpert(Expert expert);

    /** Replaces the expert if still at {@code expectedVersion}; answers the stored expert (version + 1). */
    Expert updateExpert(Expert expert, long expectedVersion);
}
