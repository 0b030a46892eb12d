package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.scoring.Opinion;
import be.wallonie.clusters.evaluation.domain.scoring.ScoreSheet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Scoring by the panel's experts, the consensus and the opinion. */
public final class ScoringUseCases {

    private ScoringUseCases() {
    }

    public record ScoreForm(String criterion, Integer score, String reason) {
    }

    /** An expert writes (or rewrites) their draft scores: every criterion once, 0–5, a reason each. */
    public record SaveScoresCommand(UUID caseId, String userId, List<ScoreForm> scores, Long expectedVersion) {
    }

    public record ConditionForm(String criterion, String text) {
    }

    /** The secretariat issues the opinion, optionally with conditions. */
    public record IssueOpinionCommand(UUID caseId, List<ConditionForm> conditions, String issuedBy) {

        public IssueOpinionCommand {
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
        }
    }

    /**
     * The score sheets a caller may read.
     *
     * @param othersVisible false when an expert has not submitted yet: only their own sheet is in {@code sheets}
     */
    public record VisibleScores(List<ScoreSheet> sheets, boolean othersVisible) {
    }

    public interface SaveScoresUseCase {
        ScoreSheet saveScores(SaveScoresCommand c);
    }

    public interface SubmitScoresUseCase {
        ScoreSheet submitScores(UUID caseId, String userId);
    }

    public interface ReadScoresQuery {
        Optional<ScoreSheet> myScores(UUID caseId, String userId);

        /** Every sheet, voided ones included (secretariat). */
        List<ScoreSheet> allScores(UUID caseId);

        /** What an expert sees: their own sheet, and the others' submitted sheets once theirs is submitted. */
        VisibleScores scoresForExpert(UUID caseId, String userId);
    }

    public interface IssueOpinionUseCase {
        Opinion issueOpinion(IssueOpinionCommand c);
    }

    public interface GetOpinionQuery {
        Optional<Opinion> opinion(UUID caseId);
    }
}
