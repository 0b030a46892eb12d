package be.wallonie.clusters.funding.adapter.out.persistence;

import be.wallonie.clusters.funding.application.port.out.FundingFilePort;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class FundingFilePersistenceAdapter implements FundingFilePort {

    private final EntityManager em;

    FundingFilePersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<FundingFile> loadFundingFile(UUID dossierId) {
        return Optional.ofNullable(em.find(FundingFileEntity.class, dossierId))
                .map(e -> new FundingFile(e.dossierId, e.clusterName, e.schemeAppliedFor,
                        FundingFile.FileStatus.valueOf(e.status), e.openedAt));
    }

    @Override
    public void saveFundingFile(FundingFile f) {
        FundingFileEntity e = em.find(FundingFileEntity.class, f.dossierId());
        boolean isNew = e == null;
        if (isNew) {
            e = new FundingFileEntity();
            e.dossierId = f.dossierId();
        }
        e.clusterName = f.clusterName();
        e.schemeAppliedFor = f.schemeAppliedFor();
        e.status = f.status().name();
        e.openedAt = f.openedAt();
        if (isNew) {
            em.persist(e);
        }
    }
}
