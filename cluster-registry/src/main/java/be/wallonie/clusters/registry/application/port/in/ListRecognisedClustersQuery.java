package be.wallonie.clusters.registry.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The public register: clusters the Region recognised, with an agrément in force. */
public interface ListRecognisedClustersQuery {

    /**
     * @param scheme    ECONOMIC_CLUSTER, TECHNOLOGY_GRAPE or COMPETITIVENESS_POLE, or null for all
     * @param focusKind MARKET or TECHNOLOGY, or null
     * @param flagship  only flagship clusters (true), only the others (false), or all (null)
     * @param text      part of the name or acronym, or null
     */
    record Criteria(String scheme, String focusKind, Boolean flagship, String text) {
    }

    /**
     * A member who agreed to be listed: what a firm that wants to join may read of it, nothing else.
     *
     * @param kind an {@code OrganisationKind} name
     */
    record ListedMember(String name, String kind, String city, String postalCode) {
    }

    /**
     * @param membersCount   the members on the day of the request (the agrément's first day when it starts later)
     * @param website        the content's governance part, as the cluster states it now; null when not stated
     * @param contactEmail   the same
     * @param animatorName   the person holding the animateur post, when known
     * @param flagshipSince  the year the flagship label was set, null when not flagship
     * @param listedMembers  the members on that day who agreed to be listed, by name
     */
    record RecognisedCluster(UUID dossierId, String name, String acronym, String scheme, String focusKind, String focusDomain,
            int agrementPeriod, LocalDate agrementStart, LocalDate agrementEnd, boolean flagship, int membersCount,
            String focusDescription, String website, String contactEmail, String animatorName, Integer flagshipSince,
            List<ListedMember> listedMembers) {

        public RecognisedCluster {
            listedMembers = listedMembers == null ? List.of() : List.copyOf(listedMembers);
        }
    }

    record Page(List<RecognisedCluster> items, int page, int size, long total) {
    }

    /**
     * The register's state: a version every change to what it shows increments (in the change's transaction), and the day
     * it is read for. What is read after taking an edition is at least as new as that edition; a cache keyed by it is never
     * stale after a change.
     */
    record Edition(long version, LocalDate today) {
    }

    Edition edition();

    Page recognisedClusters(Criteria criteria, int page, int size);

    /** One cluster of the register; empty when it is not (or no longer) recognised. */
    Optional<RecognisedCluster> recognisedCluster(UUID dossierId);
}
