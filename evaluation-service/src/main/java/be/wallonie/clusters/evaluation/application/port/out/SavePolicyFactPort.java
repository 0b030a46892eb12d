package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts;
import java.time.Instant;

/** Stores the projection's facts; a fact already stored (same natural key) is left as it is. */
public interface SavePolicyFactPort {

    void saveSubmission(PolicyFacts.Submission submission, Instant receivedAt);

    void saveOpinion(PolicyFacts.Opinion opinion, Instant receivedAt);

    void saveDecision(PolicyFacts.Decision decision, Instant receivedAt);

    void saveAgrement(PolicyFacts.AgrementFact agrement, Instant receivedAt);

    void saveFundingSchedule(PolicyFacts.FundingSchedule schedule, Instant receivedAt);

    void saveFollowUpReport(PolicyFacts.FollowUpReport report, Instant receivedAt);

    /** Replaces an act recorded earlier under the same id unless that one was recorded later. */
    void saveAccompanimentAct(PolicyFacts.AccompanimentAct act, Instant receivedAt);

    /** Replaces the project's state only with a higher version. */
    void saveAccompaniedProject(PolicyFacts.AccompaniedProject project, Instant receivedAt);

    void saveCelluleAvis(PolicyFacts.CelluleAvis avis, Instant receivedAt);

    void savePayment(PolicyFacts.Payment payment, Instant receivedAt);
}
