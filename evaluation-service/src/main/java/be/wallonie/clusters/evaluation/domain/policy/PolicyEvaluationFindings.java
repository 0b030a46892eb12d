package be.wallonie.clusters.evaluation.domain.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The Comité's written findings and recommendations on a computed report (the figures stay as computed). Written in
 * French and/or English, versioned (0 before anything is written), until the report is marked final; then nothing
 * changes.
 *
 * @param writtenAt   when the current texts were written (null before)
 * @param finalisedAt when the report was marked final (null while it is not)
 */
public record PolicyEvaluationFindings(UUID evaluationId, long version, Texts findings, Texts recommendations, Instant writtenAt,
        String writtenBy, Instant finalisedAt, String finalisedBy) {

    /** The longest text accepted, per language. */
    public static final int MAX_TEXT_LENGTH = 20_000;

    public PolicyEvaluationFindings {
        Objects.requireNonNull(evaluationId, "evaluationId");
        findings = findings == null ? Texts.EMPTY : findings;
        recommendations = recommendations == null ? Texts.EMPTY : recommendations;
    }

    /** A text in French and/or English; a blank text is none. */
    public record Texts(String fr, String en) {
        public static final Texts EMPTY = new Texts(null, null);

        public Texts {
            fr = fr == null || fr.isBlank() ? null : fr;
            en = en == null || en.isBlank() ? null : en;
        }

        public boolean isEmpty() {
            return fr == null && en == null;
        }

        /** The text in {@code english} or, when it is not written in that language, in the other one. */
        public String in(boolean english) {
            String preferred = english ? en : fr;
            return preferred != null ? preferred : (english ? fr : en);
        }

        boolean tooLong() {
            return (fr != null && fr.length() > MAX_TEXT_LENGTH) || (en != null && en.length() > MAX_TEXT_LENGTH);
        }
    }

    /** Why a change was refused; nothing changed. */
    public enum Refusal {
        /** The report is final. */
        FINAL,
        /** The caller read another version. */
        STALE,
        /** Neither findings nor recommendations in any language. */
        EMPTY,
        /** A text longer than {@link #MAX_TEXT_LENGTH}. */
        TOO_LONG,
        /** Finalising a report without findings. */
        NO_FINDINGS
    }

    public static final class ChangeRefused extends RuntimeException {
        private final Refusal reason;
        private final long currentVersion;

        ChangeRefused(Refusal reason, long currentVersion) {
            super(reason.name());
            this.reason = reason;
            this.currentVersion = currentVersion;
        }

        public Refusal reason() {
            return reason;
        }

        public long currentVersion() {
            return currentVersion;
        }
    }

    /** What a version of the findings did. */
    public enum Action { WRITTEN, FINALISED }

    /** One version as stored in the audit trail: what was done, by whom, when. */
    public record HistoryEntry(PolicyEvaluationFindings findings, Action action, Instant at, String by) {
    }

    /** Nothing written yet on the report. */
    public static PolicyEvaluationFindings none(UUID evaluationId) {
        return new PolicyEvaluationFindings(evaluationId, 0, Texts.EMPTY, Texts.EMPTY, null, null, null, null);
    }

    public boolean isFinal() {
        return finalisedAt != null;
    }

    /** Replaces the texts; the version read must be the current one and the report not final. */
    public PolicyEvaluationFindings write(long expectedVersion, Texts newFindings, Texts newRecommendations, String by, Instant at) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Texts f = newFindings == null ? Texts.EMPTY : newFindings;
        Texts r = newRecommendations == null ? Texts.EMPTY : newRecommendations;
        checkOpen(expectedVersion);
        if (f.isEmpty() && r.isEmpty()) {
            throw new ChangeRefused(Refusal.EMPTY, version);
        }
        if (f.tooLong() || r.tooLong()) {
            throw new ChangeRefused(Refusal.TOO_LONG, version);
        }
        return new PolicyEvaluationFindings(evaluationId, version + 1, f, r, at, by, null, null);
    }

    /** Marks the report final: its findings and recommendations no longer change. */
    public PolicyEvaluationFindings finalise(long expectedVersion, String by, Instant at) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        checkOpen(expectedVersion);
        if (findings.isEmpty()) {
            throw new ChangeRefused(Refusal.NO_FINDINGS, version);
        }
        return new PolicyEvaluationFindings(evaluationId, version + 1, findings, recommendations, writtenAt, writtenBy, at, by);
    }

    private void checkOpen(long expectedVersion) {
        if (isFinal()) {
            throw new ChangeRefused(Refusal.FINAL, version);
        }
        if (expectedVersion != version) {
            throw new ChangeRefused(Refusal.STALE, version);
        }
    }
}
