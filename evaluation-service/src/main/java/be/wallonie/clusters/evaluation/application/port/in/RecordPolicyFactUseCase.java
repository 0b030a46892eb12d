package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts;

/**
 * Records a fact the policy evaluation counts, as an event brought it. Runs in the caller's (inbox) transaction;
 * the same fact recorded twice stays one fact.
 */
public interface RecordPolicyFactUseCase {

    void recordSubmission(PolicyFacts.Submission submission);

    void recordOpinion(PolicyFacts.Opinion opinion);

    void recordDecision(PolicyFacts.Decision decision);

    void recordAgrement(PolicyFacts.AgrementFact agrement);

    void recordFundingSchedule(PolicyFacts.FundingSchedule schedule);

    void recordFollowUpReport(PolicyFacts.FollowUpReport report);

    /** A corrected act (same act id) replaces the version recorded earlier. */
    void recordAccompanimentAct(PolicyFacts.AccompanimentAct act);

    /** State transfer: the highest version of a project wins, an older one changes nothing. */
    void recordAccompaniedProject(PolicyFacts.AccompaniedProject project);

    void recordCelluleAvis(PolicyFacts.CelluleAvis avis);

    void recordPayment(PolicyFacts.Payment payment);
}
