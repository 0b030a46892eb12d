package be.wallonie.clusters.funding.application.port.out;

import be.wallonie.clusters.funding.domain.file.FundingFile;
import java.util.Optional;
import java.util.UUID;

public interface FundingFilePort {

    Optional<FundingFile> loadFundingFile(UUID dossierId);

    void saveFundingFile(FundingFile file);
}
