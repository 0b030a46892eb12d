package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.expert.ClusterMembership;
import java.util.Collection;
import java.util.List;

/** The member organisations of every cluster known to the Comité (the snapshots of all cases). */
public interface ClusterMembershipsPort {

    /** Records the members of a case's snapshot, in the transaction that opens the case. */
    void recordMemberships(Collection<ClusterMembership> memberships);

    /**
     * The memberships of the given organisations: by normalised enterprise number, or by name-and-country key
     * ({@link be.wallonie.clusters.evaluation.domain.expert.OrganisationName#key}).
     */
    List<ClusterMembership> membershipsOf(Collection<String> enterpriseNumbers, Collection<String> nameKeys);
}
