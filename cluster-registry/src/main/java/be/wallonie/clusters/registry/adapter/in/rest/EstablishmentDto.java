package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.registry.application.port.in.OrganisationForm;
import be.wallonie.clusters.registry.domain.organisation.Establishment;
import be.wallonie.clusters.registry.domain.organisation.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Establishment", description = "A place where the organisation operates; exactly one is its registered office (siège social)")
public record EstablishmentDto(
        @Schema(required = true, maxLength = 200, example = "Rue de l'Industrie 12") String street,
        @Schema(required = true, description = "Four digits (1000–9999) in Belgium; as used locally abroad", example = "5590")
        String postalCode,
        @Schema(required = true, maxLength = 200, example = "Ciney") String city,
        @Schema(required = true, description = "ISO 3166-1 alpha-2 country code", example = "BE") String country,
        @Schema(description = "Whether this is the registered office; exactly one establishment is", defaultValue = "false",
                example = "true") Boolean registeredOffice,
        @Schema(readOnly = true, description = "Derived from the postal code and country, never typed in: "
                + "Wallonia 1300–1499 and 4000–7999, Brussels 1000–1299, Flanders the other Belgian codes, ABROAD outside Belgium. "
                + "A request may echo it back; a value that contradicts the postal code is refused.", example = "WALLONIA")
        Region region) {

    OrganisationForm.EstablishmentForm toForm() {
        return new OrganisationForm.EstablishmentForm(street, postalCode, city, country, Boolean.TRUE.equals(registeredOffice), region);
    }

    static EstablishmentDto of(Establishment e) {
        return new EstablishmentDto(e.street(), e.location().postalCode(), e.city(), e.location().country(), e.registeredOffice(),
                e.region());
    }
}
