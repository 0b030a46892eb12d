package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.file.FundingFile;
import java.util.Optional;
import java.util.UUID;

public interface GetFundingFileQuery {

    Optional<FundingFile> fundingFile(UUID dossierId);
}
