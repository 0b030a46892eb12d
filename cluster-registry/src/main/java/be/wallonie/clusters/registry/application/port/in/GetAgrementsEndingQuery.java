package be.wallonie.clusters.registry.application.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The Cellule's worklist of agréments ending soon: the renewals to prepare. */
public interface GetAgrementsEndingQuery {

    /**
     * An agrément in force (ACTIVE) whose last day falls within the window.
     *
     * @param renewalUnderWay the cluster already asked for its renewal (a new evaluation round is running:
     *                        SUBMITTED, UNDER_EVALUATION, OPINION_RECEIVED or RETURNED_FOR_COMPLETION)
     */
    record AgrementEnding(UUID dossierId, String clusterName, String acronym, String scheme, String dossierStatus, UUID agrementId,
            int periodNumber, LocalDate start, LocalDate end, long daysLeft, boolean renewalUnderWay) {
    }

    record AgrementsEndingPage(LocalDate from, LocalDate to, int months, List<AgrementEnding> items, int page, int size,
            long total) {
    }

    /** The agréments in force ending from today to today + {@code months} months, the soonest first. */
    AgrementsEndingPage agrementsEnding(int months, int page, int size);
}
