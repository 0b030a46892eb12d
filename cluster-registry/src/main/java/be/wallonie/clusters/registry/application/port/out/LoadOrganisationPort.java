package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.OrganisationNotFoundException;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.MemberOrganisation;
import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import java.util.List;
import java.util.Optional;

public interface LoadOrganisationPort {

    Optional<Organisation> loadOrganisation(OrganisationId id);

    /** The organisation, or {@link OrganisationNotFoundException}. */
    default Organisation existingOrganisation(OrganisationId id) {
        return loadOrganisation(id).orElseThrow(() -> new OrganisationNotFoundException(id));
    }

    /** Each member organisation of the dossier as it stands now, to be frozen into a snapshot. */
    default List<MemberOrganisation> memberOrganisationsOf(Dossier dossier) {
        return dossier.content().memberIds().stream()
                .map(id -> MemberOrganisation.of(existingOrganisation(new OrganisationId(id)))).toList();
    }

    /** The organisation registered with that enterprise number, if any. */
    Optional<OrganisationId> findOrganisationId(EnterpriseNumber enterpriseNumber);
}
