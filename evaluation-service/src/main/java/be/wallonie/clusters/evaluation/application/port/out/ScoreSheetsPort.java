package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.scoring.ScoreSheet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The experts' score sheets; voided sheets are kept. */
public interface ScoreSheetsPort {

    /** The expert's sheet on the case that is not voided, if any. */
    Optional<ScoreSheet> currentSheet(UUID caseId, UUID expertId);

    /** Every sheet of the case, voided ones included, oldest first. */
    List<ScoreSheet> sheetsOfCase(UUID caseId);

    /** Inserts (version 0) or updates a sheet if still at its version; answers the stored sheet. */
    ScoreSheet saveSheet(ScoreSheet sheet);

    /** Voids the expert's current sheet on the case, if any, with the reason. */
    void voidSheet(UUID caseId, UUID expertId, Instant at, String reason);
}
