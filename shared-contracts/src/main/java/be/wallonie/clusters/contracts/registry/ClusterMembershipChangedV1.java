package be.wallonie.clusters.contracts.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The full current set of member organisations of a draft or of a cluster (state transfer): a consumer keeps, per
 * dossier, the event with the highest {@code sequence} and ignores older ones. It carries identities only, nothing
 * else of a draft (the Comité must not read drafts); it lets the evaluation service check its experts against every
 * cluster "existant ou en projet" (000 III.2). Published when a draft's members change, at submission, when a
 * validated cluster's member joins or leaves, and with an empty list when the dossier ends (withdrawn, rejected,
 * agrément expired or ended).
 *
 * @param dossierId the draft's or cluster's dossier (aggregate id, Kafka key)
 * @param sequence  strictly increasing per dossier
 * @param stage     {@code DRAFT}, {@code SUBMITTED}, {@code VALIDATED} or {@code ENDED}
 * @param members   every current member (empty when the dossier ended; never null)
 * @param changedAt when the membership took this state
 */
public record ClusterMembershipChangedV1(
        UUID dossierId,
        long sequence,
        String stage,
        List<MemberIdentity> members,
        OffsetDateTime changedAt) {

    public ClusterMembershipChangedV1 {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /**
     * Who a member organisation is, and nothing more.
     *
     * @param organisationId   the registry's organisation id
     * @param enterpriseNumber the Belgian enterprise number ({@code 0123.456.789}); null for an organisation abroad
     * @param name             the organisation's name
     * @param country          ISO 3166-1 alpha-2 country code ({@code BE}, {@code FR}…)
     */
    public record MemberIdentity(UUID organisationId, String enterpriseNumber, String name, String country) {
    }
}
