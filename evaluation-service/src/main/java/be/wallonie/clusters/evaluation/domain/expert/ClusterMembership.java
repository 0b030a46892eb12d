package be.wallonie.clusters.evaluation.domain.expert;

import java.util.Objects;
import java.util.UUID;

/**
 * An organisation that is a member of a cluster known to the Comité: a member of the snapshot of an
 * evaluation case, whether the cluster exists already or is only proposed.
 */
public record ClusterMembership(String enterpriseNumber, String organisationName, UUID dossierId, UUID caseId,
        String clusterName) {

    public ClusterMembership {
        Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(caseId, "caseId");
    }
}
