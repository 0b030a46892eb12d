package be.wallonie.clusters.registry.domain.organisation;

import java.util.Objects;
import java.util.UUID;

public record OrganisationId(UUID value) {

    public OrganisationId {
        Objects.requireNonNull(value, "organisation id");
    }

    public static OrganisationId newId() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
