package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads funding files and their schedule versions. */
public interface GetFundingFileQuery {

    Optional<FundingFile> fundingFile(UUID dossierId);

    /** Every schedule version of the cluster, oldest first. */
    List<ComputedSchedule> schedulesOf(UUID dossierId);
}
