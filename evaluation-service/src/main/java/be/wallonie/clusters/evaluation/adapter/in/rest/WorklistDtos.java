package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.worklist.Assignment;
import be.wallonie.clusters.evaluation.domain.worklist.CaseWorkItem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The worklists' JSON: the texts in the caller's language (French by default, English with Accept-Language: en). */
final class WorklistDtos {

    private WorklistDtos() {
    }

    static String text(LocalizedText t, boolean english) {
        return t == null ? null : english ? t.en() : t.fr();
    }

    @Schema(name = "CaseWorkItem", description = "A live evaluation round on the secretariat's worklist and why it is in its state")
    record CaseWorkItemResponse(UUID caseId, UUID dossierId, int snapshotVersion, int round, String clusterName, String focusDomain,
            @Schema(example = "ECONOMIC_CLUSTER") String scheme,
            @Schema(description = "The call the dossier was submitted to, when the registry said it", nullable = true) UUID callId,
            @Schema(description = "The registry's selection session the dossier is scheduled to, when it said it", nullable = true)
            UUID sessionId,
            Instant submittedAt, Instant openedAt,
            @Schema(example = "AWAITING_DECLARATIONS", description = "AWAITING_PANEL, AWAITING_DECLARATIONS, AWAITING_SCORES, "
                    + "READY_FOR_OPINION, or ON_AGENDA while on an open Comité session's agenda (taking precedence)") String state,
            @Schema(example = "AWAITING_DECLARATIONS", description = "Where the panel stands, whatever the agenda: one of the first four states")
            String progress,
            @Schema(example = "3", description = "The configured panel size") int panelSize,
            @Schema(example = "3") int seated,
            @Schema(example = "2", description = "Seated experts who signed the per-dossier no-conflict declaration") int declarationsSigned,
            @Schema(example = "0", description = "Seated experts whose score sheet is submitted") int scoresSubmitted,
            @Schema(description = "The open Comité session whose agenda lists the case, or null", nullable = true) AgendaDto agenda,
            @Schema(example = "2 of 3 no-conflict declarations signed", description = "Why the case is in its state, in the caller's language")
            String reason) {

        static CaseWorkItemResponse of(CaseWorkItem i, boolean english) {
            return new CaseWorkItemResponse(i.caseId(), i.dossierId(), i.snapshotVersion(), i.round(), i.clusterName(), i.focusDomain(),
                    i.scheme(), i.callId(), i.sessionId(), i.submittedAt(), i.openedAt(), i.state().name(), i.progress().name(),
                    i.panelSize(), i.seated(), i.declarationsSigned(), i.scoresSubmitted(),
                    i.agendaSessionId() == null ? null : new AgendaDto(i.agendaSessionId(), i.agendaMeetingDate()),
                    text(i.reason(), english));
        }
    }

    @Schema(name = "WorklistAgenda", description = "The open Comité session whose agenda lists the case")
    record AgendaDto(UUID comiteSessionId, @Schema(example = "2026-12-10") LocalDate meetingDate) {
    }

    @Schema(name = "CaseWorklistPage", description = "One page of the secretariat's worklist; `total` counts every item matching the filters")
    record CaseWorklistPage(List<CaseWorkItemResponse> items, int page, int size, long total) {

        static CaseWorklistPage of(Page<CaseWorkItem> p, boolean english) {
            return new CaseWorklistPage(p.items().stream().map(i -> CaseWorkItemResponse.of(i, english)).toList(), p.page(), p.size(),
                    p.total());
        }
    }

    @Schema(name = "Assignment", description = "One of the calling expert's panel seats (present or past) and their own sheet's state; "
            + "nothing of the other experts")
    record AssignmentResponse(UUID caseId, UUID dossierId, int round,
            @Schema(description = "The dossier's name (read with its members before signing)") String clusterName,
            @Schema(example = "OPEN", description = "The round's status: OPEN, OPINION_ISSUED, SUPERSEDED, WITHDRAWN or RETURNED")
            String caseStatus,
            @Schema(example = "SCORES_TO_GIVE", description = "DECLARATION_TO_SIGN, SCORES_TO_GIVE, SUBMITTED, VOIDED (removed from "
                    + "the panel: the sheet, if any, is void) or ROUND_CLOSED (still seated, nothing submitted, the round closed)")
            String state,
            Instant appointedAt,
            @Schema(nullable = true) Instant declaredAt,
            @Schema(description = "A current score sheet exists (a draft or submitted)") boolean draftSaved,
            @Schema(nullable = true) Instant submittedAt,
            @Schema(nullable = true) Instant removedAt,
            @Schema(example = "CONFLICT_OF_INTEREST", nullable = true, description = "CONFLICT_OF_INTEREST, REPLACED or RECUSED when removed")
            String removalCode,
            @Schema(example = "Sign the no-conflict declaration for this case", description = "What to do, or why there is nothing "
                    + "left to do (the removal's reason for VOIDED), in the caller's language") String reason) {

        static AssignmentResponse of(Assignment a, boolean english) {
            return new AssignmentResponse(a.caseId(), a.dossierId(), a.round(), a.clusterName(), a.caseStatus().name(), a.state().name(),
                    a.appointedAt(), a.declaredAt(), a.draftSaved(), a.submittedAt(), a.removedAt(), a.removalCode(),
                    text(a.reason(), english));
        }
    }

    @Schema(name = "AssignmentPage", description = "One page of the calling expert's assignments; `total` counts every item matching the filter")
    record AssignmentPage(List<AssignmentResponse> items, int page, int size, long total) {

        static AssignmentPage of(Page<Assignment> p, boolean english) {
            return new AssignmentPage(p.items().stream().map(a -> AssignmentResponse.of(a, english)).toList(), p.page(), p.size(),
                    p.total());
        }
    }
}
