package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.support.CostDeclaration;
import be.wallonie.clusters.registry.domain.support.PreparationSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the Region grants a cluster besides the agrément, and what the cluster declares for its funding. */
public interface SupportClusterUseCase {

    /**
     * The Region grants preparation support to a cluster in preparation (a draft entered at volet sensibilisation or
     * validation, or a dossier in validation phase), for at most the policy's months (REGION).
     */
    PreparationSupport grantPreparationSupport(DossierId dossier, LocalDate start, LocalDate end, String by);

    /** A co-funded cluster declares its eligible animateur costs of a budget year; a correction says why. */
    CostDeclaration declareAnimatorCosts(DossierId dossier, int budgetYear, BigDecimal eligibleCosts, BigDecimal privateContributions,
            String reason, String by);

    /** The Region labels a validated cluster flagship ("phare"), or withdraws the label. */
    void labelFlagship(DossierId dossier, boolean flagship, String by);

    /** The dossier's preparation support, with its ending if it was cut short. */
    Optional<PreparationSupport> preparationSupport(DossierId dossier);

    List<CostDeclaration> costDeclarations(DossierId dossier);
}
