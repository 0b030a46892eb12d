package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.MemberIdentity;
import be.wallonie.clusters.registry.domain.dossier.MembershipStage;
import java.time.Instant;
import java.util.List;

/**
 * Announces the full current member set of a draft or a cluster (ClusterMembershipChanged), so that the Comité can keep
 * its experts independent of every cluster "existant ou en projet" (000 III.2). Called inside the transaction of the
 * change; the adapter numbers the announcements of each dossier (strictly increasing, in the same transaction) and writes
 * them to the outbox. Identities only: nothing else of a draft leaves the registry.
 */
public interface PublishMembershipPort {

    /**
     * @param members every current member (ignored, and announced empty, when {@code stage} is {@code ENDED})
     * @param at      when the membership took this state
     */
    void membershipChanged(DossierId dossierId, MembershipStage stage, List<MemberIdentity> members, Instant at);
}
