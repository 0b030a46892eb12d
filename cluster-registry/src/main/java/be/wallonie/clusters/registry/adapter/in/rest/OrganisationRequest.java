package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.registry.application.port.in.OrganisationForm;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.Region;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as registered or updated; every rule is checked by the domain, all broken ones reported at once. */
@Schema(name = "OrganisationRequest", description = "An organisation to register, or the new content of an existing one")
public record OrganisationRequest(
        @Schema(required = true, maxLength = 200, example = "Bois & Ossature du Condroz SRL") String name,
        @Schema(description = "Belgian enterprise number (BCE/KBO): required when the registered office is in Belgium, "
                + "optional abroad. Accepted as 0812345603, 0812.345.603, BE0812345603 or BE 0812.345.603; "
                + "answered as 0812.345.603.", example = "0812.345.603") String enterpriseNumber,
        @Schema(required = true, example = "ENTERPRISE") OrganisationKind kind,
        @Schema(description = "Required for an enterprise, absent for any other kind", example = "SMALL") SizeClass sizeClass,
        @Schema(minimum = "0", description = "Number of employees, when known", example = "23") Integer employees,
        @Schema(description = "NACE-BEL 2008 activity codes (NN.N, NN.NN or NN.NNN)", example = "[\"16.230\", \"41.201\"]")
        List<String> naceCodes,
        @Schema(required = true, minItems = 1, description = "At least one; exactly one is the registered office")
        List<EstablishmentDto> establishments,
        @Schema(maxLength = 200, description = "Name or identifier of the corporate group, if any: members of one group "
                + "are not independent actors", example = "Groupe Condroz Bois") String corporateGroup,
        @Schema(readOnly = true, description = "Derived from the establishments; a request may echo it back, "
                + "a value that contradicts the postal codes is refused") Region region) {

    OrganisationForm toForm() {
        return new OrganisationForm(name, enterpriseNumber, kind, sizeClass, employees, naceCodes,
                establishments == null ? null : establishments.stream().map(e -> e == null ? null : e.toForm()).toList(),
                corporateGroup, region);
    }
}
