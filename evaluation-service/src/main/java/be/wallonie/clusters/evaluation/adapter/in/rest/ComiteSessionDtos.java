package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.domain.session.ComiteSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and responses of the Comité's session records. */
public final class ComiteSessionDtos {

    private ComiteSessionDtos() {
    }

    @Schema(description = "A selection meeting to record")
    public record PlanRequest(
            @NotNull @Schema(description = "Day of the meeting", example = "2026-12-10") LocalDate meetingDate,
            @Schema(description = "The registry's selection session this meeting serves, when known") UUID registrySessionId) {
    }

    @Schema(description = "The cases on the agenda, in order (evaluation case ids of this service)")
    public record AgendaRequest(@NotNull @Size(max = 200) List<@NotNull UUID> caseIds) {
    }

    @Schema(description = "The experts present (expert ids)")
    public record AttendanceRequest(@NotNull @Size(max = 100) List<@NotNull UUID> expertIds) {
    }

    public record RecusalRequest(@NotNull UUID expertId,
            @NotBlank @Size(max = 2000) @Schema(example = "Administrateur d'une entreprise membre du dossier") String reason) {
    }

    @Schema(description = "The recusals of one agenda item; replaces the item's earlier ones (an empty list clears them)")
    public record RecusalsRequest(@NotNull @Size(max = 100) List<@NotNull @Valid RecusalRequest> recusals) {
    }

    @Schema(description = "The minutes of the meeting (replace the earlier text; blank clears them)")
    public record MinutesRequest(@NotNull @Size(max = 200_000) String text) {
    }

    public record RecusalResponse(UUID expertId, String reason) {
    }

    public record AgendaItemResponse(UUID caseId, List<RecusalResponse> recusals) {
    }

    @Schema(description = "An item's outcome as fixed at closure; `recusedExperts` is absent (null) for REGION and CELLULE and, for an "
            + "EXPERT, lists only themself")
    public record OutcomeResponse(UUID caseId, UUID dossierId, boolean opinionReached, UUID opinionId, String opinion,
            List<UUID> recusedExperts) {
    }

    @Schema(description = "The record of a selection session; the ETag is its version. REGION and CELLULE read only the published "
            + "results: `agenda`, `attendees` and `minutes` are null for them. An EXPERT reads only their own recusals.")
    public record SessionResponse(UUID id, LocalDate meetingDate, UUID registrySessionId, ComiteSession.Status status,
            List<AgendaItemResponse> agenda, List<UUID> attendees, String minutes, long version, Instant createdAt, String createdBy,
            Instant closedAt, String closedBy,
            @Schema(description = "Per agenda item, once closed (empty while open)") List<OutcomeResponse> results) {

        static SessionResponse of(ComiteSession s) {
            return of(s, false);
        }

        /** {@code published}: the record as Region and Cellule read it, results only. */
        static SessionResponse of(ComiteSession s, boolean published) {
            if (published) {
                return new SessionResponse(s.id(), s.meetingDate(), s.registrySessionId(), s.status(), null, null, null, s.version(),
                        s.createdAt(), null, s.closedAt(), null, s.results().stream().map(o -> new OutcomeResponse(o.caseId(), o.dossierId(),
                                o.opinionReached(), o.opinionId(), o.opinion(), null)).toList());
            }
            return new SessionResponse(s.id(), s.meetingDate(), s.registrySessionId(), s.status(),
                    s.agenda().stream().map(i -> new AgendaItemResponse(i.caseId(),
                            i.recusals().stream().map(r -> new RecusalResponse(r.expertId(), r.reason())).toList())).toList(),
                    s.attendees(), s.minutes(), s.version(), s.createdAt(), s.createdBy(), s.closedAt(), s.closedBy(),
                    s.results().stream().map(o -> new OutcomeResponse(o.caseId(), o.dossierId(), o.opinionReached(), o.opinionId(),
                            o.opinion(), o.recusedExperts())).toList());
        }
    }

    @Schema(description = "One page of session records, newest meeting first")
    public record SessionPage(List<SessionResponse> items, int page, int size, long total) {
        static SessionPage of(Page<ComiteSession> p, boolean published) {
            return new SessionPage(p.items().stream().map(s -> SessionResponse.of(s, published)).toList(), p.page(), p.size(), p.total());
        }
    }
}
