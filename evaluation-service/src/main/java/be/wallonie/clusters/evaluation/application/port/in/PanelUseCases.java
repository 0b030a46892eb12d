package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import be.wallonie.clusters.evaluation.domain.panel.Panel;
import be.wallonie.clusters.evaluation.domain.panel.PanelCompositionPolicy;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the secretariat and the experts do with a case's panel. */
public final class PanelUseCases {

    private PanelUseCases() {
    }

    /** The secretariat composes (or recomposes) the panel of a case, naming the experts. */
    public record ComposePanelCommand(UUID caseId, List<UUID> expertIds, long expectedVersion, String composedBy) {

        public ComposePanelCommand {
            expertIds = expertIds == null ? List.of() : List.copyOf(expertIds);
        }
    }

    /** An expert on the panel signs that they have no conflict with this dossier, before seeing it. */
    public record SignNoConflictCommand(UUID caseId, String userId, String statement) {
    }

    /** A signed per-dossier no-conflict declaration. */
    public record NoConflictDeclaration(UUID id, UUID caseId, UUID expertId, String signedBy, Instant signedAt, String statement) {
    }

    public interface ComposePanelUseCase {
        Panel composePanel(ComposePanelCommand c);
    }

    public interface ProposePanelQuery {
        PanelCompositionPolicy.Proposal proposePanel(UUID caseId);
    }

    public interface GetPanelQuery {
        Panel panel(UUID caseId);
    }

    public interface SignNoConflictUseCase {
        NoConflictDeclaration signNoConflict(SignNoConflictCommand c);
    }

    /** What an EXPERT user may read of the cases. */
    public interface ExpertCaseAccess {
        /** The expert record of an EXPERT user; FORBIDDEN when the user is linked to none. */
        UUID expertOf(String userId);

        /** The cases whose panel seats the user, oldest first. */
        List<EvaluationCase> casesAssignedTo(String userId);

        /**
         * Refuses unless the user sits on the case's panel (NOT_FOUND otherwise: an expert does not learn that
         * other cases exist) and signed the case's no-conflict declaration (FORBIDDEN otherwise).
         */
        void requireDossierAccess(UUID caseId, String userId);

        /**
         * Refuses unless the user sits on the case's panel (NOT_FOUND otherwise), signed or not: what an expert needs
         * to see before signing the no-conflict declaration (the dossier's members) is read under this check only.
         */
        void requirePanelSeat(UUID caseId, String userId);
    }
}
