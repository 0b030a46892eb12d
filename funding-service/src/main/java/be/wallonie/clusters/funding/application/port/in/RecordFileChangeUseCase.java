package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.file.FileChange;
import java.util.List;

/**
 * The registry reported a change to a cluster's funding inputs: the file is updated and every schedule whose
 * inputs changed is recomputed, kept as a new version and announced.
 */
public interface RecordFileChangeUseCase {

    /** @return the schedule versions this change produced (none when no schedule's inputs changed) */
    List<ComputedSchedule> recordFileChange(FileChange change);
}
