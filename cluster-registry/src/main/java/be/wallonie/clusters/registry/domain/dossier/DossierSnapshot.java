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
 * @param fundedBeneficiary the funded beneficiary a grape or a pole declared at submission, null when none (and for
 *                      snapshots frozen before it was kept)
 */
public record DossierSnapshot(DossierId dossierId, int snapshotVersion, String name, String acronym, Scheme scheme,
        Volet entryVolet, Focus focus, DossierContent content, List<MemberOrganisation> organisations,
        AnimatorPost animatorPost, FundedBeneficiary fundedBeneficiary) {

    /** A snapshot without a funded beneficiary. */
    public DossierSnapshot(DossierId dossierId, int snapshotVersion, String name, String acronym, Scheme scheme, Volet entryVolet,
            Focus focus, DossierContent content, List<MemberOrganisation> organisations, AnimatorPost animatorPost) {
        this(dossierId, snapshotVersion, name, acronym, scheme, entryVolet, focus, content, organisations, animatorPost, null);
    }

    public DossierSnapshot {
        content = content == null ? DossierContent.EMPTY : content;
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
    }

    /** The frozen organisation of each member, by organisation id. */
    public Map<UUID, MemberOrganisation> organisationsById() {
        return organisations.stream().collect(Collectors.toMap(MemberOrganisation::organisationId, Function.identity(), (a, b) -> a));
    }
}
