package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.funding.application.port.in.FundingSchemeView;
import be.wallonie.clusters.funding.application.port.in.GetFundingSchemeQuery;
import be.wallonie.clusters.funding.application.port.in.ListFundingSchemesQuery;
import be.wallonie.clusters.funding.application.port.in.PublishSchemeVersionUseCase;
import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

@Path(FundingSchemeResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding schemes", description = "The Walloon funding schemes as versioned policy data: public reads, versions "
        + "published by the Region")
public class FundingSchemeResource {

    static final String PATH = "/api/v1/funding-schemes";

    static final ProblemType SCHEME_NOT_FOUND = new ProblemType("funding-scheme-not-found", 404,
            LocalizedText.of("Régime de financement introuvable", "Funding scheme not found"));
    static final ProblemType VERSION_NOT_FOUND = new ProblemType("scheme-version-not-found", 404,
            LocalizedText.of("Version de régime introuvable", "Scheme version not found"));

    static final String EXAMPLE_ANIMATOR_VERSION = """
            {
              "label": "2026-1",
              "effectiveFrom": "2026-01-01",
              "parameters": {
                "yearlyCap": "170000.00",
                "periodRates": ["1.00", "0.75", "0.50"],
                "periodLengthYears": 3,
                "maxFundedYears": 9
              },
              "source": "Décision du Gouvernement wallon relative au cofinancement des animateurs de clusters"
            }""";
    static final String EXAMPLE_PREPARATION_VERSION = """
            {
              "label": "2026-1",
              "effectiveFrom": "2026-01-01",
              "parameters": {"yearlyCap": "50000.00", "rate": "0.60", "maxMonths": 18}
            }""";

    static final String EXAMPLE_POLE_RUNNING_VERSION = """
            {
              "label": "2026-1",
              "effectiveFrom": "2026-01-01",
              "appliesToRunningPeriodsFrom": "2026-07-01",
              "parameters": {"yearlyCap": "450000.00"}
            }""";

    private final ListFundingSchemesQuery list;
    private final GetFundingSchemeQuery get;
    private final PublishSchemeVersionUseCase publish;
    private final CurrentUser user;

    FundingSchemeResource(ListFundingSchemesQuery list, GetFundingSchemeQuery get, PublishSchemeVersionUseCase publish,
            CurrentUser user) {
        this.list = list;
        this.get = get;
        this.publish = publish;
        this.user = user;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listFundingSchemes", summary = "List the funding schemes with their current version",
            description = "Public: no token needed (the funding rules are public policy). Each of the four schemes with the "
                    + "version in force today (Brussels) and the next published version, if any. `publishedBy` is shown to the "
                    + "REGION and CELLULE roles only.")
    @APIResponse(responseCode = "200", description = "The schemes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundingSchemeListResponse.class)))
    public FundingSchemeListResponse list() {
        List<FundingSchemeView> views = list.listFundingSchemes();
        return FundingSchemeListResponse.of(views, views.get(0).asOf(), showPublisher());
    }

    @GET
    @Path("/{scheme}")
    @PermitAll
    @Operation(operationId = "getFundingScheme", summary = "Read a funding scheme with all its versions",
            description = "Public: no token needed. Every version, oldest first, each marked PAST, CURRENT or UPCOMING as of "
                    + "today (Brussels). `publishedBy` is shown to the REGION and CELLULE roles only.")
    @APIResponse(responseCode = "200", description = "The scheme and its versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundingSchemeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FundingSchemeResponse read(@Parameter(description = "The scheme's code", example = "CLUSTER_ANIMATOR",
            schema = @Schema(implementation = SchemeCode.class)) @PathParam("scheme") String scheme) {
        return FundingSchemeResponse.of(get.fundingScheme(scheme(scheme)), showPublisher());
    }

    @GET
    @Path("/{scheme}/versions/{label}")
    @PermitAll
    @Operation(operationId = "getFundingSchemeVersion", summary = "Read one version of a funding scheme",
            description = "Public: no token needed. `publishedBy` is shown to the REGION and CELLULE roles only.")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeVersionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such scheme, or no version with this label",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SchemeVersionResponse readVersion(
            @Parameter(example = "CLUSTER_ANIMATOR", schema = @Schema(implementation = SchemeCode.class)) @PathParam("scheme") String scheme,
            @Parameter(example = "defaults-1") @PathParam("label") String label) {
        FundingSchemeView view = get.fundingScheme(scheme(scheme));
        PublishedSchemeVersion version = view.versions().stream().filter(v -> v.label().equals(label)).findFirst()
                .orElseThrow(() -> new ProblemException(VERSION_NOT_FOUND,
                        LocalizedText.of("Le régime %s n'a pas de version « %s »", "Scheme %s has no version '%s'")
                                .formatted(view.scheme(), label)));
        return SchemeVersionResponse.of(version, FundingSchemeResponse.status(view, version), showPublisher());
    }

    @POST
    @Path("/{scheme}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(operationId = "publishFundingSchemeVersion", summary = "Publish a new version of a funding scheme",
            description = "Role: REGION. The version takes effect on `effectiveFrom`, which must be today (Brussels) or later and "
                    + "after the scheme's latest version. The version in force on the first day of an agrément period — or of a "
                    + "support — keeps governing that period: the new version applies to periods starting on or after its "
                    + "effective date, unless it says it applies to running periods from a date (`appliesToRunningPeriodsFrom`, "
                    + "on or after `effectiveFrom`), and then only to their lines from that date. It never re-prices a past "
                    + "line. The label must be new for the scheme. A published version is never changed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishSchemeVersionRequest.class),
            examples = {
                @ExampleObject(name = "animator-2026", summary = "CLUSTER_ANIMATOR: a 170 000 € cap from 2026",
                        value = EXAMPLE_ANIMATOR_VERSION),
                @ExampleObject(name = "preparation-2026", summary = "CLUSTER_PREPARATION: 60 % for 18 months",
                        value = EXAMPLE_PREPARATION_VERSION),
                @ExampleObject(name = "pole-2026-running", summary = "COMPETITIVENESS_POLE: a 450 000 € cap, also for the "
                        + "labelling periods already running, from 1 July 2026", value = EXAMPLE_POLE_RUNNING_VERSION)}))
    @APIResponse(responseCode = "201", description = "Published",
            headers = @Header(name = "Location", description = "Address of the new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchemeVersionResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid figures, `appliesToRunningPeriodsFrom` before `effectiveFrom`, or "
            + "an effective date in the past (code `EFFECTIVE_DATE_IN_THE_PAST`): every offending field in `errors`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed (only REGION publishes)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The label exists for this scheme (code `LABEL_TAKEN`), or the effective "
            + "date is not after the latest version's (code `EFFECTIVE_DATE_NOT_AFTER_LATEST_VERSION`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@Parameter(example = "CLUSTER_ANIMATOR", schema = @Schema(implementation = SchemeCode.class))
            @PathParam("scheme") String scheme, @NotNull PublishSchemeVersionRequest request, @Context UriInfo uri) {
        SchemeCode code = scheme(scheme);
        PublishedSchemeVersion published = publish.publishSchemeVersion(request.toCommand(code, user.id()));
        SchemeVersionResponse.Status status = FundingSchemeResponse.status(get.fundingScheme(code), published);
        return Response.created(uri.getAbsolutePathBuilder().path(published.label()).build())
                .entity(SchemeVersionResponse.of(published, status, true))
                .build();
    }

    private boolean showPublisher() {
        return user.hasRole(Roles.REGION) || user.hasRole(Roles.CELLULE);
    }

    /** The scheme named in the path (case-insensitive), or a 404 problem listing the known ones. */
    static SchemeCode scheme(String code) {
        try {
            return SchemeCode.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = Arrays.toString(SchemeCode.values());
            throw new ProblemException(SCHEME_NOT_FOUND, LocalizedText.of("Aucun régime « %s » ; régimes : %s",
                    "No scheme '%s'; schemes: %s").formatted(code, known));
        }
    }
}
