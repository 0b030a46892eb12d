package be.wallonie.clusters.registry.domain.dossier;

import java.util.UUID;

/**
 * A declared relation between two distinct members. The direction and the market flag default from the kind
 * (customer–supplier and subcontracting are vertical market ties, the others horizontal). Checked by
 * {@link DossierContent}.
 */
public record Relation(UUID fromOrganisationId, UUID toOrganisationId, RelationKind kind, RelationDirection direction,
        Boolean market, String description) {

    public Relation {
        description = Texts.strip(description);
        if (kind != null) {
            direction = direction == null ? kind.naturalDirection() : direction;
            market = market == null ? kind.naturallyMarket() : market;
        }
    }
}
