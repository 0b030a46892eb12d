package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.followup.JudgedPlan;

/** The plan a year's follow-up report accounts for: the validated snapshot's actions and gains, the opinion's conditions. */
public interface GetJudgedPlanQuery {

    /** @throws be.wallonie.clusters.registry.domain.followup.FollowUpRefusedException when the year falls in no agrément */
    JudgedPlan judgedPlan(DossierId dossier, int year, Caller caller);
}
