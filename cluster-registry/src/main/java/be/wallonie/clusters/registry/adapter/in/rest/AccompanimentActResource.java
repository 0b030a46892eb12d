package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.csv.CsvWriter;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.AccompanimentActNotFoundException;
import be.wallonie.clusters.registry.application.port.in.GetAccompanimentQuery;
import be.wallonie.clusters.registry.application.port.in.GetAccompanimentQuery.ActCriteria;
import be.wallonie.clusters.registry.application.port.in.RecordAccompanimentActUseCase;
import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentAct;
import be.wallonie.clusters.registry.domain.accompaniment.ActKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The acts of the Cellule's accompaniment of projects and dossiers (000 III.2): recorded, corrected, cancelled, searched, exported. */
@Path("/api/v1/accompaniment-acts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accompaniment")
@SecurityRequirement(name = "SecurityScheme")
public class AccompanimentActResource {

    static final String CSV = "text/csv";
    static final List<String> COLUMNS = List.of("act_id", "version", "project_id", "dossier_id", "kind", "kind_label", "date",
            "officer", "organisation_count", "organisation_ids", "minutes_spent", "hours", "notes", "correction_reason", "cancelled",
            "cancellation_reason", "recorded_by", "recorded_at");
    static final String COLUMNS_DOC = "`act_id`, `version`, `project_id`, `dossier_id`, `kind`, `kind_label` (in the caller's "
            + "language), `date`, `officer`, `organisation_count`, `organisation_ids` (comma-separated), `minutes_spent`, `hours` "
            + "(2 decimals, decimal comma), `notes`, `correction_reason`, `cancelled` (true/false), `cancellation_reason`, "
            + "`recorded_by`, `recorded_at`";

    static final String EXAMPLE = """
            {"projectId": "6c1b8f3e-8a0e-4d1f-9b1f-0d7c2b2f0a11", "kind": "PARTNER_SEARCH", "date": "2026-05-12",
             "organisationIds": ["0b6f7c1e-3f0a-4d8e-9d61-2f4a51c0a001"], "notes": "Vingt cibles identifiées ; liste courte de cinq",
             "minutesSpent": 90}""";

    private final RecordAccompanimentActUseCase record;
    private final GetAccompanimentQuery query;
    private final CurrentUser user;

    AccompanimentActResource(RecordAccompanimentActUseCase record, GetAccompanimentQuery query, CurrentUser user) {
        this.record = record;
        this.query = query;
        this.user = user;
    }

    @Schema(name = "AccompanimentActRequest", description = "An act; every offending field is named at once")
    public record ActRequest(
            @Schema(description = "The accompanied project; at least one of projectId and dossierId") UUID projectId,
            @Schema(description = "The dossier; with a projectId only the dossier that project became") UUID dossierId,
            @Schema(description = "MEETING, INFORMATION_SESSION, FORMALISATION_HELP, PARTNER_SEARCH, EXPERIENCE_EXCHANGE or "
                    + "REFERRAL_TO_OTHER_AID", example = "PARTNER_SEARCH", required = true) String kind,
            @Schema(description = "Day of the act, not in the future", example = "2026-05-12", required = true) LocalDate date,
            @Schema(description = "Subject of the Cellule officer; default: the caller (POST) or unchanged (PUT)") String officer,
            @Schema(description = "Registry organisations that took part (may be empty)") List<UUID> organisationIds,
            @Schema(description = "Free text, the Cellule's work file (never published)", maxLength = AccompanimentAct.MAX_NOTES)
            String notes,
            @Schema(description = "Time spent, minutes", minimum = "1", maximum = "" + AccompanimentAct.MAX_MINUTES, example = "90",
                    required = true) Integer minutesSpent,
            @Schema(description = "PUT only: why the act is corrected (required for a correction)") String correctionReason,
            @Schema(description = "PUT only: cancels the act with this reason; the other fields are then ignored")
            String cancellationReason) {

        AccompanimentAct.Form toForm(String defaultOfficer) {
            return new AccompanimentAct.Form(projectId, dossierId, kind, date, officer == null ? defaultOfficer : officer,
                    organisationIds, notes, minutesSpent);
        }
    }

    @Schema(name = "AccompanimentAct")
    public record ActResponse(UUID id, int version, UUID projectId, UUID dossierId, @Schema(example = "PARTNER_SEARCH") String kind,
            @Schema(description = "The kind in the caller's language", example = "Recherche de partenaires") String kindLabel,
            LocalDate date, String officer, List<UUID> organisationIds, String notes, int minutesSpent, String correctionReason,
            boolean cancelled, String cancellationReason, String recordedBy, Instant recordedAt,
            @Schema(description = "On the act view only: the earlier versions, oldest first (null in lists)")
            List<ActResponse> previousVersions) {

        static ActResponse of(AccompanimentAct a, Locale locale, List<ActResponse> previous) {
            return new ActResponse(a.id(), a.version(), a.projectId(), a.dossierId(), a.kind().name(), label(a.kind(), locale),
                    a.date(), a.officer(), a.organisationIds(), a.notes(), a.minutesSpent(), a.correctionReason(), a.cancelled(),
                    a.cancellationReason(), a.recordedBy(), a.recordedAt(), previous);
        }
    }

    static String label(ActKind kind, Locale locale) {
        return LocalizedText.of(kind.french(), kind.english()).in(locale);
    }

    @Schema(name = "AccompanimentActPage")
    public record ActPageResponse(List<ActResponse> items, int page, int size, long total) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "recordAccompanimentAct", summary = "Record an accompaniment act",
            description = "Role: CELLULE. On an accompanied project, a dossier, or both only when the project became that dossier; "
                    + "kind, day (not in the future), officer (default: the caller), organisations that took part (registry ids), "
                    + "notes (≤ " + AccompanimentAct.MAX_NOTES + " characters), minutes spent (1–" + AccompanimentAct.MAX_MINUTES
                    + "). Every offending field at once (400). Publishes AccompanimentActRecorded (no notes, no identities).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActRequest.class),
            examples = @ExampleObject(name = "partner-search", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded (version 1); Location names it, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActResponse.class)))
    @APIResponse(responseCode = "400", description = "Every offending field", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Cellule accompanies", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response recordAct(@NotNull ActRequest r, @Context UriInfo uri, @Context HttpHeaders headers) {
        AccompanimentAct a = record.recordAct(r.toForm(user.id()), user.id());
        return Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build()).tag(ETags.of(a.version()))
                .entity(ActResponse.of(a, Problems.locale(headers), null)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "correctOrCancelAccompanimentAct", summary = "Correct or cancel an accompaniment act",
            description = "Role: CELLULE. With `cancellationReason`: cancels the act (it stays, marked cancelled, and no longer "
                    + "counts). Otherwise: the next version, the same rules as POST and a required `correctionReason` (a missing "
                    + "officer is kept). A cancelled act no longer changes (409 ACT_CANCELLED). If-Match (the ETag) required. "
                    + "Publishes AccompanimentActRecorded again (same actId; a cancellation with 0 minutes and 0 organisations).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActRequest.class)))
    @APIResponse(responseCode = "200", description = "Corrected or cancelled", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActResponse.class)))
    @APIResponse(responseCode = "400", description = "Every offending field", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such act", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The act was cancelled", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Changed since the version named by If-Match", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull ActRequest r,
            @Context HttpHeaders headers) {
        long expected = ETags.requiredVersion(ifMatch);
        AccompanimentAct a = r.cancellationReason() != null ? record.cancelAct(id, expected, r.cancellationReason(), user.id())
                : record.correctAct(id, expected, r.toForm(null), r.correctionReason(), user.id());
        return Response.ok(ActResponse.of(a, Problems.locale(headers), null)).tag(ETags.of(a.version())).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getAccompanimentAct", summary = "An accompaniment act with its earlier versions",
            description = "Roles: CELLULE, REGION. The current version (ETag) and the earlier ones, oldest first.")
    @APIResponse(responseCode = "200", description = "The act", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ActResponse.class)))
    @APIResponse(responseCode = "404", description = "No such act", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response one(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Locale locale = Problems.locale(headers);
        List<AccompanimentAct> versions = query.actVersions(id);
        if (versions.isEmpty()) {
            throw new AccompanimentActNotFoundException(id);
        }
        AccompanimentAct current = versions.get(versions.size() - 1);
        List<ActResponse> previous = versions.subList(0, versions.size() - 1).stream().map(a -> ActResponse.of(a, locale, null)).toList();
        return Response.ok(ActResponse.of(current, locale, previous)).tag(ETags.of(current.version())).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "searchAccompanimentActs", summary = "Search the accompaniment acts (JSON or CSV)",
            description = "Roles: CELLULE, REGION. Filters (AND): project, dossier, kind, officer, organisation (took part), from / "
                    + "to (days, inclusive), text (in the notes, case- and accent-insensitive), includeCancelled (default false). "
                    + "By day, the latest first, then id; paginated. `Accept: text/csv` exports every matching act (at most "
                    + GetAccompanimentQuery.MAX_EXPORT + ", else 400: narrow the filter; page and size are ignored) as UTF-8 CSV "
                    + "for Belgian spreadsheets (';' separator, decimal comma, CRLF, RFC 4180 quoting) with the columns "
                    + COLUMNS_DOC + ".")
    @APIResponse(responseCode = "200", description = "A page of acts, or the CSV export", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActPageResponse.class)),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A malformed parameter, or too many acts to export", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response search(@QueryParam("project") String project, @QueryParam("dossier") String dossier,
            @QueryParam("kind") String kind, @QueryParam("officer") String officer, @QueryParam("organisation") String organisation,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("text") String text,
            @QueryParam("includeCancelled") @DefaultValue("false") boolean includeCancelled,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @Context HttpHeaders headers) {
        boolean csv = headers.getAcceptableMediaTypes().stream().anyMatch(m -> !m.isWildcardType() && m.isCompatible(MediaType.valueOf(CSV)));
        if (!csv) {
            QueryParams.page(page, size);
        }
        ActCriteria criteria = new ActCriteria(QueryParams.uuid("project", project), QueryParams.uuid("dossier", dossier),
                QueryParams.enumValue("kind", kind, ActKind.class), QueryParams.text(officer),
                QueryParams.uuid("organisation", organisation), QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.text(text), includeCancelled, csv ? 0 : page, csv ? GetAccompanimentQuery.MAX_EXPORT : size);
        Locale locale = Problems.locale(headers);
        GetAccompanimentQuery.ActPage found = query.acts(criteria);
        if (!csv) {
            return Response.ok(new ActPageResponse(found.items().stream().map(a -> ActResponse.of(a, locale, null)).toList(),
                    found.page(), found.size(), found.total()), MediaType.APPLICATION_JSON).build();
        }
        if (found.total() > GetAccompanimentQuery.MAX_EXPORT) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, LocalizedText.of("%d actes : au plus %d par export, "
                    + "précisez le filtre", "%d acts: at most %d per export, narrow the filter").formatted(found.total(),
                    GetAccompanimentQuery.MAX_EXPORT), List.of(), null);
        }
        return Response.ok(csv(found.items(), locale), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"accompaniment-acts.csv\"").build();
    }

    static String csv(List<AccompanimentAct> acts, Locale locale) {
        CsvWriter out = CsvWriter.belgian().row(COLUMNS);
        for (AccompanimentAct a : acts) {
            List<String> row = new ArrayList<>();
            row.add(a.id().toString());
            row.add(Integer.toString(a.version()));
            row.add(a.projectId() == null ? "" : a.projectId().toString());
            row.add(a.dossierId() == null ? "" : a.dossierId().toString());
            row.add(a.kind().name());
            row.add(label(a.kind(), locale));
            row.add(a.date().toString());
            row.add(a.officer());
            row.add(Integer.toString(a.organisationIds().size()));
            row.add(a.organisationIds().stream().map(UUID::toString).collect(Collectors.joining(",")));
            row.add(Integer.toString(a.minutesSpent()));
            BigDecimal hours = AccompaniedProjectResource.hours(a.minutesSpent());
            row.add(out.number(hours));
            row.add(a.notes());
            row.add(a.correctionReason());
            row.add(Boolean.toString(a.cancelled()));
            row.add(a.cancellationReason());
            row.add(a.recordedBy());
            row.add(a.recordedAt().toString());
            out.row(row);
        }
        return out.text();
    }
}
