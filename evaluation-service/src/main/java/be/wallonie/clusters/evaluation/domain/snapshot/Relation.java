package be.wallonie.clusters.evaluation.domain.snapshot;

import java.util.Objects;
import java.util.UUID;

/**
 * A declared relation between two members. The ids may name a non-member: the engine then
 * ignores the relation rather than rejecting the dossier.
 *
 * @param direction defaults to {@link RelationKind#naturalDirection()} when {@code null}
 * @param market    a market (commercial) tie, or a non-market one (trust, "capital social")
 */
public record Relation(UUID fromOrganisationId, UUID toOrganisationId, RelationKind kind, RelationDirection direction,
                       boolean market) {

    public Relation {
        Objects.requireNonNull(fromOrganisationId, "fromOrganisationId");
        Objects.requireNonNull(toOrganisationId, "toOrganisationId");
        Objects.requireNonNull(kind, "kind");
        direction = direction == null ? kind.naturalDirection() : direction;
    }
}
