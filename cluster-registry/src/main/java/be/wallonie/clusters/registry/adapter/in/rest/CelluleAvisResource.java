package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.GetCelluleAvisQuery;
import be.wallonie.clusters.registry.application.port.in.GetCelluleAvisQuery.AvisHistory;
import be.wallonie.clusters.registry.application.port.in.WriteCelluleAvisCommand;
import be.wallonie.clusters.registry.application.port.in.WriteCelluleAvisUseCase;
import be.wallonie.clusters.registry.domain.avis.AvisFreeze;
import be.wallonie.clusters.registry.domain.avis.AvisText;
import be.wallonie.clusters.registry.domain.avis.CelluleAvis;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Cellule's information note and avis for the Comité on one submitted snapshot (000 III.2). */
@Path("/api/v1/dossiers/{id}/snapshots/{version}/cellule-avis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cellule avis", description = "The information note and avis the Cellule Clusters prepares for the Comité on each "
        + "submitted snapshot (000 III.2)")
@SecurityRequirement(name = "SecurityScheme")
public class CelluleAvisResource {

    static final ProblemType AVIS_NOT_FOUND = new ProblemType("cellule-avis-not-found", 404,
            LocalizedText.of("Avis de la Cellule introuvable", "Cellule avis not found"));

    static final String EXAMPLE = """
            {"recommendation": "RESERVED", "language": "fr",
             "informationNote": "Le noyau dur réunit 6 PME de la construction bois ; deux rencontres d'accompagnement en 2026.",
             "summary": "Projet pertinent, masse critique encore fragile.",
             "criteria": [{"criterion": "CRITICAL_MASS", "assessment": "PARTLY_MET",
                           "reason": "8 entreprises indépendantes annoncées, 6 engagées à ce jour"},
                          {"criterion": "BUSINESS_INITIATIVE", "assessment": "MET", "reason": "Initiative de deux PME"}]}""";

    private final WriteCelluleAvisUseCase write;
    private final GetCelluleAvisQuery query;
    private final CurrentUser user;

    CelluleAvisResource(WriteCelluleAvisUseCase write, GetCelluleAvisQuery query, CurrentUser user) {
        this.write = write;
        this.query = query;
        this.user = user;
    }

    @Schema(name = "CelluleAvisCriterion")
    public record CriterionDto(
            @Schema(example = "CRITICAL_MASS", description = "BUSINESS_INITIATIVE, CRITICAL_MASS, INTERRELATIONS, COMMON_INTEREST, "
                    + "COMPETITIVENESS, DURABILITY, REGIONAL_VALUE_ADDED or SHARED_VISION; each at most once") String criterion,
            @Schema(example = "PARTLY_MET", description = "MET, PARTLY_MET or NOT_MET") String assessment,
            @Schema(description = "Why, as written (at most 4 000 characters)") String reason) {
    }

    @Schema(name = "CelluleAvisRequest", description = "Texts as written, in the declared language; not translated")
    public record AvisRequest(
            @Schema(example = "RESERVED", description = "FAVOURABLE, RESERVED or UNFAVOURABLE") String recommendation,
            @Schema(example = "fr", description = "The language the texts are written in: fr or en") String language,
            @Schema(description = "The information the Cellule prepared for the Comité (at most 20 000 characters)") String informationNote,
            @Schema(description = "The avis in a few sentences (at most 4 000 characters)") String summary,
            @Schema(description = "The Cellule's assessment per criterion (may be empty)") List<CriterionDto> criteria) {

        AvisText toDomain() {
            return AvisText.of(recommendation, language, informationNote, summary, criteria == null ? List.of()
                    : criteria.stream().map(c -> c == null ? null : new AvisText.RawCriterion(c.criterion(), c.assessment(), c.reason()))
                            .toList());
        }
    }

    @Schema(name = "CelluleAvisFreeze", description = "The Comité composed the panel: the avis is frozen")
    public record FreezeResponse(UUID caseId, Instant composedAt,
            @Schema(description = "The avis version the panel reads; null when none had reached the Comité", nullable = true)
            Integer versionReadByComite) {

        static FreezeResponse of(AvisFreeze f) {
            return new FreezeResponse(f.caseId(), f.composedAt(), f.celluleAvisVersion());
        }
    }

    @Schema(name = "CelluleAvis", description = "One version of the Cellule's avis on a snapshot")
    public record AvisResponse(UUID avisId, UUID dossierId, int snapshotVersion, int version,
            @Schema(example = "RESERVED") String recommendation, @Schema(example = "fr") String language, String informationNote,
            String summary, List<CriterionDto> criteria, String writtenBy, Instant writtenAt,
            @Schema(description = "Whether the Comité's panel reads (or will read) this version: false for a version written "
                    + "after the panel was composed, which the registry keeps but the Comité never saw") boolean seenByComite) {

        static AvisResponse of(CelluleAvis a, Optional<AvisFreeze> freeze) {
            AvisText t = a.text();
            return new AvisResponse(a.avisId(), a.dossierId(), a.snapshotVersion(), a.version(), t.recommendation().name(),
                    t.language().code(), t.informationNote(), t.summary(), t.criteria().stream().map(c -> new CriterionDto(
                            c.criterion().name(), c.assessment().name(), c.reason())).toList(), a.writtenBy(), a.writtenAt(),
                    a.seenByComite(freeze));
        }
    }

    @Schema(name = "CurrentCelluleAvis", description = "The current version of the avis, and where it stands with the Comité")
    public record CurrentResponse(
            @Schema(example = "OPEN", description = "OPEN (no panel yet: the Cellule may revise; the Comité will read the latest "
                    + "version), FROZEN (the panel is composed and reads this version) or NOT_SEEN_BY_COMITE (the panel is "
                    + "composed and reads an earlier version, or none: this one was written too late)") String comiteView,
            @Schema(nullable = true) FreezeResponse frozen, AvisResponse avis) {
    }

    @Schema(name = "CelluleAvisHistory", description = "Every version of the avis on a snapshot, oldest first")
    public record HistoryResponse(UUID dossierId, int snapshotVersion, int currentVersion, @Schema(nullable = true) FreezeResponse frozen,
            List<AvisResponse> versions) {
    }

    static String comiteView(AvisHistory h) {
        if (h.freeze().isEmpty()) {
            return "OPEN";
        }
        return h.current().seenByComite(h.freeze()) ? "FROZEN" : "NOT_SEEN_BY_COMITE";
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CELLULE)
    @Operation(operationId = "putCelluleAvis", summary = "Write or revise the Cellule's avis on a submitted snapshot",
            description = "Role: CELLULE. Each save is a new version (1, 2, 3…), kept with who wrote it and when, and published "
                    + "as CelluleAvisIssued for the Comité. The first version needs no If-Match (or If-Match \"0\"); a revision "
                    + "needs If-Match with the current version (428 without, 412 when stale). Only on the dossier's current "
                    + "snapshot while it is submitted or under evaluation; refused (409 FROZEN) once the Comité's panel is "
                    + "composed. Texts are kept as written in the declared language.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AvisRequest.class),
            examples = @ExampleObject(name = "reserved", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The first version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AvisResponse.class)))
    @APIResponse(responseCode = "200", description = "A revision", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AvisResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid avis: every offending field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the Cellule", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier or snapshot",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A draft (NOT_SUBMITTED), a snapshot no longer before the Comité "
            + "(NOT_UNDER_EVALUATION), or the panel is composed (FROZEN)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The avis was revised since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "A revision without If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response writeAvis(@PathParam("id") UUID id, @PathParam("version") int version, @HeaderParam("If-Match") String ifMatch,
            @NotNull AvisRequest r, @Context UriInfo uri) {
        Long expected = ETags.expectedVersion(ifMatch);
        CelluleAvis written = write.writeAvis(new WriteCelluleAvisCommand(new DossierId(id), version, expected, r.toDomain(),
                Callers.of(user)));
        AvisResponse body = AvisResponse.of(written, Optional.empty());
        Response.ResponseBuilder response = written.version() == 1 ? Response.created(uri.getAbsolutePath()) : Response.ok();
        return response.entity(body).tag(ETags.of(written.version())).build();
    }

    @GET
    @RolesAllowed({Roles.CELLULE, Roles.REGION, Roles.APPLICANT})
    @Operation(operationId = "getCelluleAvis", summary = "The Cellule's current avis on a snapshot", description = "Roles: "
            + "CELLULE, REGION; APPLICANT (the dossier's own organisations) only as `clusters.cellule-avis.applicant-visible` "
            + "allows — by default once the Region decided on the snapshot; before that 404, as if there were none. The ETag is "
            + "the current version (send it as If-Match to revise). `comiteView` says whether the Comité's panel reads it.")
    @APIResponse(responseCode = "200", description = "The current version", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CurrentResponse.class)))
    @APIResponse(responseCode = "403", description = "An applicant of another dossier", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier or snapshot, no avis written (or not readable yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response current(@PathParam("id") UUID id, @PathParam("version") int version) {
        AvisHistory h = history(id, version);
        return Response.ok(new CurrentResponse(comiteView(h), h.freeze().map(FreezeResponse::of).orElse(null),
                AvisResponse.of(h.current(), h.freeze()))).tag(ETags.of(h.current().version())).build();
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.CELLULE, Roles.REGION, Roles.APPLICANT})
    @Operation(operationId = "listCelluleAvisVersions", summary = "Every version of the Cellule's avis on a snapshot",
            description = "Roles: as for the current avis. Oldest first, each with who wrote it, when, and whether the Comité "
                    + "reads it.")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HistoryResponse.class)))
    @APIResponse(responseCode = "403", description = "An applicant of another dossier", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier or snapshot, no avis written (or not readable yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response versions(@PathParam("id") UUID id, @PathParam("version") int version) {
        AvisHistory h = history(id, version);
        return Response.ok(new HistoryResponse(id, version, h.current().version(), h.freeze().map(FreezeResponse::of).orElse(null),
                h.versions().stream().map(a -> AvisResponse.of(a, h.freeze())).toList())).tag(ETags.of(h.current().version())).build();
    }

    private AvisHistory history(UUID id, int version) {
        return query.avis(new DossierId(id), version, Callers.of(user)).orElseThrow(() -> new ProblemException(AVIS_NOT_FOUND,
                LocalizedText.of("Aucun avis de la Cellule sur l'instantané %d du dossier %s",
                        "No Cellule avis on snapshot %d of dossier %s").formatted(version, id)));
    }
}
