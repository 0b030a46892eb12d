package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.support.CostDeclaration;
import be.wallonie.clusters.registry.domain.support.PreparationSupport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Preparation supports, cost declarations and the flagship label of clusters. */
public interface SupportRecordsPort {

    Optional<PreparationSupport> preparationSupportOf(DossierId dossier);

    /** The support, locked until the end of the transaction (a decision and a withdrawal never both end it). */
    Optional<PreparationSupport> lockPreparationSupportOf(DossierId dossier);

    void savePreparationSupport(PreparationSupport support);

    /** Records the support's ending; false when it had already ended (nothing changed). */
    boolean saveEnding(PreparationSupport support);

    List<CostDeclaration> costDeclarationsOf(DossierId dossier);

    void saveCostDeclaration(CostDeclaration declaration);

    void saveFlagship(DossierId dossier, boolean flagship, String by, Instant at);

    boolean flagship(DossierId dossier);
}
