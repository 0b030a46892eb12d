package be.wallonie.clusters.registry.domain.dossier;

import be.wallonie.clusters.registry.domain.organisation.Establishment;
import be.wallonie.clusters.registry.domain.organisation.NaceCode;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.OrganisationProfile;
import be.wallonie.clusters.registry.domain.organisation.Region;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import java.util.List;
import java.util.UUID;

/**
 * A member organisation as it stood when a snapshot was frozen: later edits of the organisation do not change
 * what the Comité evaluated.
 *
 * @param country the country of the registered office (ISO 3166-1 alpha-2)
 */
public record MemberOrganisation(UUID organisationId, String enterpriseNumber, String name, OrganisationKind kind,
        SizeClass sizeClass, Region region, String country, boolean walloonEstablishment, String corporateGroup,
        List<String> naceCodes, Integer employees) {

    public MemberOrganisation {
        naceCodes = naceCodes == null ? List.of() : List.copyOf(naceCodes);
    }

    public static MemberOrganisation of(Organisation o) {
        OrganisationProfile p = o.profile();
        return new MemberOrganisation(o.id().value(), p.enterpriseNumber() == null ? null : p.enterpriseNumber().value(),
                p.name(), p.kind(), p.sizeClass(), p.region(), p.registeredOffice().location().country(),
                p.establishments().stream().map(Establishment::region).anyMatch(r -> r == Region.WALLONIA),
                p.corporateGroup() == null ? null : p.corporateGroup().name(),
                p.naceCodes().stream().map(NaceCode::value).toList(), p.employees());
    }
}
