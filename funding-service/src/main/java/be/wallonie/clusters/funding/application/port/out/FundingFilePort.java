package be.wallonie.clusters.funding.application.port.out;

import be.wallonie.clusters.funding.domain.file.FundingFile;
import java.util.Optional;
import java.util.UUID;

public interface FundingFilePort {

    /** The file, locked for update until the transaction ends: two events of one cluster never interleave. */
    Optional<FundingFile> loadFundingFileForUpdate(UUID dossierId);

    Optional<FundingFile> loadFundingFile(UUID dossierId);

    void saveFundingFile(FundingFile file);
}
