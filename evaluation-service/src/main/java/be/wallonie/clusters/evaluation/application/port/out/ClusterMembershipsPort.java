package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.expert.ClusterMembership;
import be.wallonie.clusters.evaluation.domain.expert.ClusterStage;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * The member organisations of every cluster known to the Comité: the snapshots of all cases, and the member sets the
 * registry announced (ClusterMembershipChanged) of drafts, submitted dossiers and validated clusters.
 */
public interface ClusterMembershipsPort {

    /** Records the members of a case's snapshot, in the transaction that opens the case. */
    void recordMemberships(Collection<ClusterMembership> memberships);

    /**
     * The memberships of the given organisations: by normalised enterprise number, or by name-and-country key
     * ({@link be.wallonie.clusters.evaluation.domain.expert.OrganisationName#key}) — the snapshots' members and the
     * announced ones; neither counts for a dossier the registry last announced {@code ENDED}.
     */
    List<ClusterMembership> membershipsOf(Collection<String> enterpriseNumbers, Collection<String> nameKeys);

    /** The sequence of the dossier's last applied announcement, its row locked until the transaction ends; empty when none. */
    OptionalLong lockAnnouncedSequence(UUID dossierId);

    /** Replaces the dossier's announced member set (each member's {@code announcedStage} is {@code stage}; none when ENDED). */
    void replaceAnnouncedMembers(UUID dossierId, long sequence, ClusterStage stage, List<ClusterMembership> members, Instant changedAt);
}
