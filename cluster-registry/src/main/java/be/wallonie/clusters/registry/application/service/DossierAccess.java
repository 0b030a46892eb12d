package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.DossierAccessDeniedException;
import be.wallonie.clusters.registry.application.port.in.DossierSearchCriteria;
import be.wallonie.clusters.registry.application.port.out.LoadAnimatorEmployerPort;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * The one place that says who may see and change a dossier (issue #3 §8): the Cellule accompanies every dossier;
 * the Region reads every dossier (and decides elsewhere) but does not edit them; an applicant sees and edits only
 * the dossiers it acts for: those of which its organisation (the token's {@code org} claim) is a core-group member, or
 * the employer of the dossier's declared animateur post (issue #11: the animateur runs the cluster for the core group,
 * often employed by a structure outside it; no dedicated claim).
 */
@ApplicationScoped
public class DossierAccess {

    private final LoadOrganisationPort organisations;
    private final LoadAnimatorEmployerPort animatorEmployers;

    public DossierAccess(LoadOrganisationPort organisations, LoadAnimatorEmployerPort animatorEmployers) {
        this.organisations = organisations;
        this.animatorEmployers = animatorEmployers;
    }

    /** The registered organisation an applicant acts for; empty for other callers or an unknown organisation. */
    public Optional<UUID> applicantOrganisation(Caller caller) {
        if (caller.role() != Caller.Role.APPLICANT || caller.organisation() == null) {
            return Optional.empty();
        }
        return organisations.findOrganisationId(caller.organisation()).map(OrganisationId::value);
    }

    public boolean maySee(Dossier dossier, Caller caller) {
        return switch (caller.role()) {
            case CELLULE, REGION -> true;
            case APPLICANT -> applicantOrganisation(caller).map(org -> actsFor(dossier, org)).orElse(false);
        };
    }

    /** Whether the organisation acts for the dossier: a core-group member, or the employer of its animateur post. */
    private boolean actsFor(Dossier dossier, UUID organisation) {
        return dossier.content().hasCoreGroupMember(organisation)
                || animatorEmployers.animatorEmployerOf(dossier.id()).filter(organisation::equals).isPresent();
    }

    /**
     * The search narrowed to what the caller may see: an applicant only the dossiers its organisation acts for
     * (core-group member or animateur's employer); empty when the caller may see none.
     */
    public Optional<DossierSearchCriteria> visibleTo(DossierSearchCriteria criteria, Caller caller) {
        if (caller.role() != Caller.Role.APPLICANT) {
            return Optional.of(criteria);
        }
        return applicantOrganisation(caller).map(criteria::onlyActingFor);
    }

    /** @throws DossierAccessDeniedException when the caller may not see the dossier */
    public void requireMaySee(Dossier dossier, Caller caller) {
        if (!maySee(dossier, caller)) {
            throw new DossierAccessDeniedException(dossier.id(), DossierAccessDeniedException.Reason.NOT_CORE_GROUP_MEMBER);
        }
    }

    /** @throws DossierAccessDeniedException when the caller may not change the dossier */
    public void requireMayChange(Dossier dossier, Caller caller) {
        if (caller.role() == Caller.Role.REGION) {
            throw new DossierAccessDeniedException(dossier.id(), DossierAccessDeniedException.Reason.READ_ONLY);
        }
        requireMaySee(dossier, caller);
    }
}
