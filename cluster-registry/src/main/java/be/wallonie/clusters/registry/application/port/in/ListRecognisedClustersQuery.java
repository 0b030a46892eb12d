package be.wallonie.clusters.registry.application.port.in;

import java.time.LocalDate;
import java.util.List;
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

    record RecognisedCluster(UUID dossierId, String name, String acronym, String scheme, String focusKind, String focusDomain,
            int agrementPeriod, LocalDate agrementStart, LocalDate agrementEnd, boolean flagship, int membersCount) {
    }

    record Page(List<RecognisedCluster> items, int page, int size, long total) {
    }

    Page recognisedClusters(Criteria criteria, int page, int size);
}
