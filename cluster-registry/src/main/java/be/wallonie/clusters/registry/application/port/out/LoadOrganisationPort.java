package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.application.port.in.OrganisationNotFoundException;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.MemberOrganisation;
import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface LoadOrganisationPort {

    Optional<Organisation> loadOrganisation(OrganisationId id);

    /** The organisation, or {@link OrganisationNotFoundException}. */
    default Organisation existingOrganisation(OrganisationId id) {
        return loadOrganisation(id).orElseThrow(() -> new OrganisationNotFoundException(id));
    }

    /**
     * The organisations with those ids that exist, in the order of the ids; adapters load them all at once (a dossier has
     * dozens of members).
     */
    default List<Organisation> loadOrganisations(List<OrganisationId> ids) {
        return ids.stream().map(this::loadOrganisation).flatMap(Optional::stream).toList();
    }

    /** Each member organisation of the dossier as it stands now, to be frozen into a snapshot. */
    default List<MemberOrganisation> memberOrganisationsOf(Dossier dossier) {
        List<OrganisationId> ids = dossier.content().memberIds().stream().map(OrganisationId::new).toList();
        Map<OrganisationId, Organisation> found = new HashMap<>();
        loadOrganisations(ids).forEach(o -> found.put(o.id(), o));
        return ids.stream().map(id -> {
            Organisation o = found.get(id);
            if (o == null) {
                throw new OrganisationNotFoundException(id);
            }
            return MemberOrganisation.of(o);
        }).toList();
    }

    /** The organisation registered with that enterprise number, if any. */
    Optional<OrganisationId> findOrganisationId(EnterpriseNumber enterpriseNumber);
}
