package be.wallonie.clusters.funding.application.service;

import be.wallonie.clusters.funding.application.port.in.GetFundingFileQuery;
import be.wallonie.clusters.funding.application.port.in.OpenFundingFileCommand;
import be.wallonie.clusters.funding.application.port.in.OpenFundingFileUseCase;
import be.wallonie.clusters.funding.application.port.out.FundingFilePort;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class FundingFileService implements OpenFundingFileUseCase, GetFundingFileQuery {

    private final FundingFilePort files;
    private final Clock clock;

    public FundingFileService(FundingFilePort files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FundingFile openFundingFile(OpenFundingFileCommand c) {
        FundingFile file = files.loadFundingFile(c.dossierId())
                .map(f -> f.renamed(c.clusterName(), c.schemeAppliedFor()))
                .orElseGet(() -> FundingFile.open(c.dossierId(), c.clusterName(), c.schemeAppliedFor(), clock.instant()));
        files.saveFundingFile(file);
        return file;
    }

    @Override
    public Optional<FundingFile> fundingFile(UUID dossierId) {
        return files.loadFundingFile(dossierId);
    }
}
