package be.wallonie.clusters.registry.domain.accompaniment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What the Cellule's accompaniment of a project amounts to: the acts that name it (cancelled ones left out), their
 * total time, the first contact and, once the project became a dossier that was submitted, the days from the first
 * contact to that dossier's first submission.
 *
 * @param daysToSubmission null while the project has no linked dossier or the dossier was never submitted
 */
public record ProjectSummary(int actsCount, int totalMinutes, LocalDate firstContactOn, LocalDate dossierFirstSubmittedOn,
        Integer daysToSubmission) {

    public static ProjectSummary of(AccompaniedProject p, int actsCount, int totalMinutes, LocalDate dossierFirstSubmittedOn) {
        Integer days = p.dossierId() == null || dossierFirstSubmittedOn == null ? null
                : (int) ChronoUnit.DAYS.between(p.firstContactOn(), dossierFirstSubmittedOn);
        return new ProjectSummary(actsCount, totalMinutes, p.firstContactOn(), p.dossierId() == null ? null : dossierFirstSubmittedOn,
                days);
    }
}
