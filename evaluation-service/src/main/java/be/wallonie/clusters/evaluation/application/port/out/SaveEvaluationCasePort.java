package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

public interface SaveEvaluationCasePort {

    /**
     * What the DossierSubmitted event said of the submission, kept with the case for the worklists' filters.
     *
     * @param callId    the call, or null when the registry did not say
     * @param sessionId the registry's selection session, or null
     * @param scheme    the snapshot's scheme (ECONOMIC_CLUSTER, …)
     */
    record Submission(UUID callId, UUID sessionId, String scheme, Instant submittedAt) {

        public Submission {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(submittedAt, "submittedAt");
        }
    }

    void saveCase(EvaluationCase evaluationCase, Submission submission);

    /** Moves the case to {@code to} only if it is still in {@code from} (a racing change of status wins). */
    void changeStatus(UUID caseId, EvaluationCase.CaseStatus from, EvaluationCase.CaseStatus to);

    /** Closes the case as {@code to} with the reason, only if it is still OPEN. */
    void closeOpenCase(UUID caseId, EvaluationCase.CaseStatus to, String reason);
}
