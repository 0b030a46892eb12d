package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.file.FundingFile;

public interface OpenFundingFileUseCase {

    FundingFile openFundingFile(OpenFundingFileCommand command);
}
