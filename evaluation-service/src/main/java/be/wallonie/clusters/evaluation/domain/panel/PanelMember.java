package be.wallonie.clusters.evaluation.domain.panel;

import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An expert's seat on a case's panel. A removal is recorded, never deleted: when, by whom (a user, or
 * {@code system} for a conflict detected later), a stable code and why.
 *
 * @param removalCode {@code CONFLICT_OF_INTEREST} (detected after appointment) {@code REPLACED} (recomposed by the secretariat)
 *                    or {@code RECUSED} (recused in a Comité session)
 */
public record PanelMember(UUID caseId, UUID expertId, Instant appointedAt, String appointedBy, Instant removedAt,
        String removedBy, String removalCode, LocalizedText removalReason) {

    public static final String CONFLICT_OF_INTEREST = "CONFLICT_OF_INTEREST";
    public static final String REPLACED = "REPLACED";
    /** Recused in a Comité session on the case's agenda item. */
    public static final String RECUSED = "RECUSED";

    public PanelMember {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(appointedAt, "appointedAt");
    }

    public static PanelMember appoint(UUID caseId, UUID expertId, Instant at, String by) {
        return new PanelMember(caseId, expertId, at, by, null, null, null, null);
    }

    public PanelMember remove(Instant at, String by, String code, LocalizedText reason) {
        return new PanelMember(caseId, expertId, appointedAt, appointedBy, at, by, code, reason);
    }

    public boolean active() {
        return removedAt == null;
    }
}
