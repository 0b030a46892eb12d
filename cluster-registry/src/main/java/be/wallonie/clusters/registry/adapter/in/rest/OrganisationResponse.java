package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.registry.domain.organisation.NaceCode;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.OrganisationProfile;
import be.wallonie.clusters.registry.domain.organisation.Region;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organisation", description = "An organisation known to the registry")
public record OrganisationResponse(
        UUID id,
        @Schema(example = "Bois & Ossature du Condroz SRL") String name,
        @Schema(description = "Normalised enterprise number; absent for a foreign organisation without one", example = "0812.345.603")
        String enterpriseNumber,
        @Schema(example = "ENTERPRISE") OrganisationKind kind,
        @Schema(example = "SMALL") SizeClass sizeClass,
        @Schema(example = "23") Integer employees,
        List<String> naceCodes,
        List<EstablishmentDto> establishments,
        @Schema(example = "Groupe Condroz Bois") String corporateGroup,
        @Schema(description = "WALLONIA if any establishment is in Wallonia, else the region of the registered office",
                example = "WALLONIA") Region region,
        @Schema(description = "Optimistic-locking version, also sent as the ETag; send it back in If-Match to update")
        long version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    static OrganisationResponse of(Organisation o) {
        OrganisationProfile p = o.profile();
        return new OrganisationResponse(o.id().value(), p.name(),
                p.enterpriseNumber() == null ? null : p.enterpriseNumber().value(),
                p.kind(), p.sizeClass(), p.employees(),
                p.naceCodes().stream().map(NaceCode::value).toList(),
                p.establishments().stream().map(EstablishmentDto::of).toList(),
                p.corporateGroup() == null ? null : p.corporateGroup().name(),
                p.region(), o.version(), o.createdBy(), o.createdAt(), o.updatedAt());
    }
}
