package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.EditDossierContentUseCase;
import be.wallonie.clusters.registry.application.port.in.GetDossierCompletenessQuery;
import be.wallonie.clusters.registry.application.port.in.GetDossierQuery;
import be.wallonie.clusters.registry.application.port.in.GetDossierSnapshotsQuery;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.MissingItem;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dossier's content as one document: a dossier is checked as a whole (a relation or an objective refers to
 * members), so one {@code PUT …/content} replaces every section at once and reports every problem at once, with
 * one version (ETag) for the whole dossier.
 */
@Path("/api/v1/dossiers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dossiers")
@SecurityRequirement(name = "SecurityScheme")
public class DossierContentResource {

    static final String EXAMPLE_CONTENT = """
            {
              "members": [
                {"organisationId": "6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f", "role": "CORE_GROUP",
                 "coOptation": {"on": "2026-01-15", "by": "Assemblée des entreprises membres"}},
                {"organisationId": "0b7d3c1e-2f4a-4b5c-8d6e-7f8091a2b3c4", "role": "MEMBER"},
                {"organisationId": "1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5", "role": "SUPPORT"}
              ],
              "relations": [
                {"fromOrganisationId": "0b7d3c1e-2f4a-4b5c-8d6e-7f8091a2b3c4",
                 "toOrganisationId": "6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f", "kind": "CUSTOMER_SUPPLIER",
                 "description": "La scierie fournit les poutres de l'ossature"},
                {"fromOrganisationId": "6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f",
                 "toOrganisationId": "1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5", "kind": "JOINT_RESEARCH"}
              ],
              "objectives": [{"statement": "Conquérir le marché résidentiel wallon",
                              "endorsedBy": ["6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f", "0b7d3c1e-2f4a-4b5c-8d6e-7f8091a2b3c4"]}],
              "vision": "Faire de la Wallonie la référence de la construction bois bas carbone",
              "expectedGains": [{"description": "Chiffre d'affaires à l'export", "indicator": "export turnover",
                                 "targetValue": 1500000, "unit": "EUR"}],
              "actions": [{"title": "Salon commun Batibouw", "type": "TARGETED", "category": "COMMERCIAL", "axis": "PROMOTION",
                           "orientation": "PRODUITS_MARCHES", "startDate": "2027-02-01", "endDate": "2029-12-31",
                           "recurring": true, "participants": ["6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f"],
                           "budget": 20000.00, "expectedMarketOutcome": "5 contrats par an"}],
              "governance": {"admissionRules": "Admission sur proposition du noyau dur, votée par l'assemblée",
                             "noPoachingRule": "Pas de débauchage du personnel des autres membres",
                             "decisionMaking": "Assemblée des membres à la majorité des deux tiers"},
              "privateContributionsPerYear": 30000.00
            }""";

    static final ProblemType SNAPSHOT_NOT_FOUND = new ProblemType("snapshot-not-found", 404,
            LocalizedText.of("Version figée introuvable", "Snapshot not found"));

    private final EditDossierContentUseCase edit;
    private final GetDossierQuery get;
    private final GetDossierCompletenessQuery completeness;
    private final GetDossierSnapshotsQuery snapshots;
    private final CurrentUser user;

    DossierContentResource(EditDossierContentUseCase edit, GetDossierQuery get, GetDossierCompletenessQuery completeness,
            GetDossierSnapshotsQuery snapshots, CurrentUser user) {
        this.edit = edit;
        this.get = get;
        this.completeness = completeness;
        this.snapshots = snapshots;
        this.user = user;
    }

    @GET
    @Path("/content")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getDossierContent", summary = "Read what the dossier states", description = "Roles: APPLICANT (core-group member or the animateur's employer), CELLULE, REGION. "
            + "The ETag is the dossier's version, to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The content", headers = @Header(name = "ETag", description = "The dossier's version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierContentDto.class)))
    @APIResponse(responseCode = "403", description = "An applicant whose organisation is neither in the dossier's core group nor the animateur's employer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("id") UUID id) {
        Dossier d = get.readDossier(new DossierId(id), Callers.of(user));
        return Response.ok(DossierContentDto.of(d.content())).tag(ETags.of(d.version())).build();
    }

    @PUT
    @Path("/content")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE})
    @Operation(operationId = "putDossierContent", summary = "State the dossier's content (all sections at once)",
            description = "Roles: APPLICANT (core-group member or the animateur's employer), CELLULE. Replaces members, relations, objectives and vision, "
                    + "expected gains, action plan, governance and private contributions together — one document because "
                    + "its parts refer to each other (relations, endorsements and participants name members) and are "
                    + "checked together: every invalid item is reported at once in `errors` with its path "
                    + "(e.g. `actions[1].endDate`). Members are registered organisations. Only while the dossier is DRAFT, "
                    + "RETURNED_FOR_COMPLETION or VALIDATED (a cluster preparing its renewal). If-Match is required (428 without, 412 when stale). Each change is in the "
                    + "audit trail (CONTENT_CHANGED with the sections changed).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DossierContentDto.class),
            examples = @ExampleObject(name = "timber-frame-cluster", summary = "A timber-frame construction cluster",
                    value = EXAMPLE_CONTENT)))
    @APIResponse(responseCode = "200", description = "Stated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierContentDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid content: every offending field in `errors`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or an applicant whose organisation is neither in the core group nor the animateur's employer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The dossier is submitted or closed: it is not editable",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The dossier changed since the version named by If-Match",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read", required = true, example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull DossierContentDto request) {
        long expected = ETags.requiredVersion(ifMatch);
        Dossier d = edit.replaceContent(request.toCommand(id, expected, Callers.of(user)));
        return Response.ok(DossierContentDto.of(d.content())).tag(ETags.of(d.version())).build();
    }

    @GET
    @Path("/completeness")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getDossierCompleteness", summary = "What the dossier still lacks before submission",
            description = "Roles: APPLICANT (core-group member or the animateur's employer), CELLULE, REGION. Every missing item at once, each with a stable "
                    + "code, the field and a message (French, or English with Accept-Language: en). The same list refuses a "
                    + "submission (422); among them CORE_GROUP_ENTERPRISE_MAJORITY: enterprises are not more than half of the core group "
                    + "(001: \"à l'initiative majoritairement d'entreprises\"). `warnings` would name what does not refuse the "
                    + "submission but the Comité will weigh (none today).")
    @APIResponse(responseCode = "200", description = "The missing items; `complete` when none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletenessResponse.class)))
    @APIResponse(responseCode = "403", description = "An applicant whose organisation is neither in the dossier's core group nor the animateur's employer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletenessResponse completeness(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        List<MissingItem> missing = completeness.missingForSubmission(new DossierId(id), Callers.of(user));
        Locale locale = Problems.locale(headers);
        return new CompletenessResponse(missing.isEmpty(), items(missing, locale),
                completeness.warnings(new DossierId(id), Callers.of(user)).stream().map(w -> new CompletenessResponse.MissingItemDto(
                        w.field(), w.name(), LocalizedText.of(w.fr(), w.en()).in(locale))).toList());
    }

    static List<CompletenessResponse.MissingItemDto> items(List<MissingItem> missing, Locale locale) {
        return missing.stream().map(m -> new CompletenessResponse.MissingItemDto(m.field(), m.code().name(),
                LocalizedText.of(m.code().fr(), m.code().en()).in(locale))).toList();
    }

    @GET
    @Path("/snapshots")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "listDossierSnapshots", summary = "The snapshots frozen at each submission", description = "Roles: APPLICANT (core-group member or the animateur's employer), CELLULE, "
            + "REGION. Oldest first; a dossier has one per submission (a resubmission after return for completion freezes "
            + "the next version).")
    @APIResponse(responseCode = "200", description = "The snapshot versions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SnapshotResponse.Summary.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<SnapshotResponse.Summary> snapshots(@PathParam("id") UUID id) {
        return snapshots.snapshots(new DossierId(id), Callers.of(user)).stream().map(SnapshotResponse.Summary::of).toList();
    }

    @GET
    @Path("/snapshots/{version}")
    @RolesAllowed({Roles.APPLICANT, Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "getDossierSnapshot", summary = "One frozen snapshot", description = "Roles: APPLICANT (core-group member or the animateur's employer), CELLULE, REGION. Exactly what "
            + "DossierSubmitted carried: the content and each member organisation as it stood at submission; never changes.")
    @APIResponse(responseCode = "200", description = "The snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotResponse.class)))
    @APIResponse(responseCode = "404", description = "No such dossier or snapshot version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SnapshotResponse snapshot(@PathParam("id") UUID id, @PathParam("version") int version) {
        return snapshots.snapshot(new DossierId(id), version, Callers.of(user)).map(SnapshotResponse::of)
                .orElseThrow(() -> new ProblemException(SNAPSHOT_NOT_FOUND, LocalizedText.of(
                        "Le dossier %s n'a pas de version figée %d", "Dossier %s has no snapshot version %d").formatted(id, version)));
    }
}
