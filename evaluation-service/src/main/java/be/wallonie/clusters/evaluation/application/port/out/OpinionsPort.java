package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.scoring.Opinion;
import java.util.Optional;
import java.util.UUID;

/** Issued opinions: one per case. */
public interface OpinionsPort {

    /** Stores the opinion; false when the case already has one (a concurrent issue won), nothing stored then. */
    boolean saveOpinion(Opinion opinion);

    Optional<Opinion> opinionOfCase(UUID caseId);
}
