package be.wallonie.clusters.evaluation.domain.expert;

import java.util.Objects;
import java.util.UUID;

/**
 * An organisation that is a member of a cluster known to the Comité: a member of the snapshot of an
 * evaluation case, whether the cluster exists already or is only proposed; or a member the registry announced
 * (ClusterMembershipChanged) of a draft, a submitted dossier or a validated cluster — then {@code announcedStage} is set
 * and there is no case and no cluster name (the Comité does not read drafts). A member with a Belgian enterprise number is
 * recorded by it; one without (abroad) by its normalised name and country.
 *
 * @param announcedStage null for a snapshot's member; the cluster's stage for a member the registry announced
 */
public record ClusterMembership(String enterpriseNumber, String organisationName, UUID dossierId, UUID caseId,
        String clusterName, String country, ClusterStage announcedStage) {

    public ClusterMembership(String enterpriseNumber, String organisationName, UUID dossierId, UUID caseId, String clusterName) {
        this(enterpriseNumber, organisationName, dossierId, caseId, clusterName, null);
    }

    public ClusterMembership(String enterpriseNumber, String organisationName, UUID dossierId, UUID caseId, String clusterName,
            String country) {
        this(enterpriseNumber, organisationName, dossierId, caseId, clusterName, country, null);
    }

    /** A member of a draft's or a cluster's set as the registry announced it: identities only, no case, no cluster name. */
    public static ClusterMembership announced(String enterpriseNumber, String organisationName, String country, UUID dossierId,
            ClusterStage stage) {
        Objects.requireNonNull(stage, "stage");
        if (stage == ClusterStage.ENDED) {
            throw new IllegalArgumentException("an ended cluster has no members");
        }
        return new ClusterMembership(enterpriseNumber, organisationName, dossierId, null, null, country, stage);
    }

    public ClusterMembership {
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (enterpriseNumber == null && nameKeyOf(organisationName, country) == null) {
            throw new IllegalArgumentException("a member without a Belgian number is recorded by its name and country");
        }
        Objects.requireNonNull(dossierId, "dossierId");
        if (announcedStage == null) {
            Objects.requireNonNull(caseId, "caseId");
        }
    }

    private static String nameKeyOf(String name, String country) {
        return OrganisationName.key(name, country);
    }

    /** The name-and-country key (any member with a name and a country has one, numbered or not). */
    public String nameKey() {
        return OrganisationName.key(organisationName, country);
    }

    /** The key the membership is recorded under for its case: the Belgian number, else name and country. */
    public String organisationKey() {
        return enterpriseNumber != null ? "BCE:" + enterpriseNumber : nameKey();
    }
}
