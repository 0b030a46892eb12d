package be.wallonie.clusters.registry.domain.dossier;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The immutable content of a dossier at submission: what the Comité evaluates, versioned by
 * {@code snapshotVersion}. Each member's organisation is copied as it stood then ({@link MemberOrganisation}).
 *
 * @param organisations the member organisations, in the order of {@code content.members()}
 * @param animatorPost  the animateur post stated at submission, null when none
 */
public record DossierSnapshot(DossierId dossierId, int snapshotVersion, String name, String acronym, Scheme scheme,
        Volet entryVolet, Focus focus, DossierContent content, List<MemberOrganisation> organisations,
        AnimatorPost animatorPost) {

    public DossierSnapshot {
        content = content == null ? DossierContent.EMPTY : content;
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    /** The frozen organisation of each member, by organisation id. */
    public Map<UUID, MemberOrganisation> organisationsById() {
        return organisations.stream().collect(Collectors.toMap(MemberOrganisation::organisationId, Function.identity(), (a, b) -> a));
    }
}
