package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.SupportClusterUseCase;
import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.PublishDossierEventsPort;
import be.wallonie.clusters.registry.application.port.out.SupportRecordsPort;
import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import be.wallonie.clusters.registry.domain.support.CostDeclaration;
import be.wallonie.clusters.registry.domain.support.PreparationSupport;
import be.wallonie.clusters.registry.domain.support.PreparationSupportPolicy;
import be.wallonie.clusters.registry.domain.support.SupportRefusedException;
import be.wallonie.clusters.registry.domain.support.SupportRefusedException.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Preparation support, declared animateur costs and the flagship label, each announced to the funding service. */
@ApplicationScoped
public class SupportService implements SupportClusterUseCase {

    private final LoadDossierPort load;
    private final DecisionRecordsPort decisions;
    private final SupportRecordsPort support;
    private final LoadOrganisationPort organisations;
    private final PublishDossierEventsPort events;
    private final Clock clock;
    private final PreparationSupportPolicy preparationPolicy;

    public SupportService(LoadDossierPort load, DecisionRecordsPort decisions, SupportRecordsPort support,
            LoadOrganisationPort organisations, PublishDossierEventsPort events, Clock clock, PreparationSupportPolicy preparationPolicy) {
        this.preparationPolicy = preparationPolicy;
        this.load = load;
        this.decisions = decisions;
        this.support = support;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PreparationSupport grantPreparationSupport(DossierId id, LocalDate start, LocalDate end, String by) {
        Dossier dossier = load.existingDossier(id);
        // a cluster in preparation: a draft (volet sensibilisation or validation) or a dossier in validation phase
        if (!PreparationSupport.inPreparation(dossier.status(), dossier.entryVolet())) {
            throw new SupportRefusedException(Reason.NOT_IN_VALIDATION_PHASE);
        }
        // a renewal under way is funded by the agrément in force: no day funded twice
        if (!decisions.agrementsOf(id).isEmpty()) {
            throw new SupportRefusedException(Reason.AGREMENT_EXISTS);
        }
        if (support.preparationSupportOf(id).isPresent()) {
            throw new SupportRefusedException(Reason.PREPARATION_SUPPORT_EXISTS);
        }
        AnimatorPost post = decisions.animatorPostOf(id).orElseThrow(() -> new SupportRefusedException(Reason.ANIMATOR_POST_MISSING));
        PreparationSupport granted = PreparationSupport.grant(id.value(), start, end, preparationPolicy, by, clock.instant());
        support.savePreparationSupport(granted);
        events.preparationSupportGranted(dossier, granted, employer(post), post,
                organisations.loadOrganisations(dossier.content().coreGroupIds().stream().map(OrganisationId::new).toList()));
        return granted;
    }

    @Override
    @Transactional
    public CostDeclaration declareAnimatorCosts(DossierId id, int budgetYear, BigDecimal eligibleCosts,
            BigDecimal privateContributions, String reason, String by) {
        Dossier dossier = load.existingDossier(id);
        List<Agrement> agrements = decisions.agrementsOf(id);
        // a refused or withdrawn renewal closes the dossier, but the agrément in force runs to its end, and so do its costs
        if (!inForce(agrements)) {
            dossier.requireOpen();
        }
        boolean coFunded = !agrements.isEmpty() || support.preparationSupportOf(id).isPresent();
        if (!coFunded) {
            throw new SupportRefusedException(Reason.NO_CO_FUNDING);
        }
        boolean earlier = support.costDeclarationsOf(id).stream().anyMatch(d -> d.budgetYear() == budgetYear);
        if (CostDeclaration.needsReason(earlier, reason)) {
            throw new SupportRefusedException(Reason.CORRECTION_REASON_REQUIRED);
        }
        CostDeclaration declaration = new CostDeclaration(UUID.randomUUID(), id.value(), budgetYear, eligibleCosts, privateContributions,
                reason == null || reason.isBlank() ? null : reason.strip(), by, clock.instant());
        support.saveCostDeclaration(declaration);
        events.animatorCostsDeclared(declaration);
        return declaration;
    }

    @Override
    @Transactional
    public void labelFlagship(DossierId id, boolean flagship, String by) {
        // a validated cluster, or one whose agrément is still in force after a refused or withdrawn renewal
        if (load.existingDossier(id).status() != DossierStatus.VALIDATED && !inForce(decisions.agrementsOf(id))) {
            throw new SupportRefusedException(Reason.NOT_VALIDATED);
        }
        support.saveFlagship(id, flagship, by, clock.instant());
    }

    @Override
    public Optional<PreparationSupport> preparationSupport(DossierId id) {
        load.existingDossier(id);
        return support.preparationSupportOf(id);
    }

    @Override
    public List<CostDeclaration> costDeclarations(DossierId id) {
        load.existingDossier(id);
        return support.costDeclarationsOf(id);
    }

    private boolean inForce(List<Agrement> agrements) {
        LocalDate today = LocalDate.now(clock);
        return agrements.stream().anyMatch(a -> a.inForceOn(today));
    }

    private Organisation employer(AnimatorPost post) {
        return organisations.existingOrganisation(new OrganisationId(post.employerOrganisationId()));
    }
}
