package be.wallonie.clusters.registry.domain.decision;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The Region's decision on a dossier. The Region decides, the Comité advises: a decision may depart from the
 * opinion — validating after an unfavourable opinion, rejecting after a favourable one — but then it carries a
 * written justification (domain.md §3).
 *
 * @param id                 the decision
 * @param snapshotVersion    the snapshot decided on
 * @param outcome            validated or rejected
 * @param opinionId          the opinion the decision follows or departs from
 * @param opinion            that opinion's outcome
 * @param departsFromOpinion whether it goes against the opinion
 * @param justification      the written justification (required when departing), or null
 * @param decidedBy          the Region's officer
 * @param decidedAt          when
 */
public record Decision(UUID id, int snapshotVersion, Outcome outcome, UUID opinionId, OpinionOutcome opinion,
        boolean departsFromOpinion, String justification, String decidedBy, Instant decidedAt) {

    public enum Outcome {
        VALIDATED, REJECTED
    }

    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(opinion, "opinion");
        Objects.requireNonNull(decidedBy, "decided by");
        Objects.requireNonNull(decidedAt, "decided at");
        if (departsFromOpinion && (justification == null || justification.isBlank())) {
            throw new DecisionRefusedException(DecisionRefusedException.Reason.JUSTIFICATION_REQUIRED);
        }
    }

    /** Whether deciding {@code outcome} after {@code opinion} goes against it. */
    public static boolean departsFrom(OpinionOutcome opinion, Outcome outcome) {
        return opinion.favourable() != (outcome == Outcome.VALIDATED);
    }

    /** The Region decides on the dossier's current snapshot, in view of the Comité's opinion on it. */
    public static Decision take(Opinion opinion, Outcome outcome, String justification, String by, Instant at) {
        String text = justification == null || justification.isBlank() ? null : justification.strip();
        return new Decision(UUID.randomUUID(), opinion.snapshotVersion(), outcome, opinion.opinionId(), opinion.outcome(),
                departsFrom(opinion.outcome(), outcome), text, by, at);
    }
}
