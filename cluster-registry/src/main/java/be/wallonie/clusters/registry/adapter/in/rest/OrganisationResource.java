package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.GetOrganisationQuery;
import be.wallonie.clusters.registry.application.port.in.OrganisationNotFoundException;
import be.wallonie.clusters.registry.application.port.in.OrganisationSearchCriteria;
import be.wallonie.clusters.registry.application.port.in.RegisterOrganisationCommand;
import be.wallonie.clusters.registry.application.port.in.RegisterOrganisationUseCase;
import be.wallonie.clusters.registry.application.port.in.Requester;
import be.wallonie.clusters.registry.application.port.in.SearchOrganisationsQuery;
import be.wallonie.clusters.registry.application.port.in.UpdateOrganisationCommand;
import be.wallonie.clusters.registry.application.port.in.UpdateOrganisationUseCase;
import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.Region;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "Enterprises, research and training centres, universities and facilitators; "
        + "enterprise number checked, region derived from the postal codes")
@SecurityRequirement(name = "SecurityScheme")
public class OrganisationResource {

    /** A fictitious Walloon SME; 0812.345.603 passes the mod-97 check (97 − 8123456 mod 97 = 03). */
    static final String EXAMPLE_SME = """
            {
              "name": "Bois & Ossature du Condroz SRL",
              "enterpriseNumber": "BE 0812.345.603",
              "kind": "ENTERPRISE",
              "sizeClass": "SMALL",
              "employees": 23,
              "naceCodes": ["16.230", "41.201"],
              "establishments": [
                {"street": "Rue de l'Industrie 12", "postalCode": "5590", "city": "Ciney", "country": "BE", "registeredOffice": true},
                {"street": "Zoning des Hauts-Sarts, Première Avenue 4", "postalCode": "4040", "city": "Herstal", "country": "BE"}
              ],
              "corporateGroup": "Groupe Condroz Bois"
            }""";
    static final String EXAMPLE_FOREIGN_CENTRE = """
            {
              "name": "Institut Lillois des Matériaux",
              "kind": "RESEARCH_CENTRE",
              "naceCodes": ["72.19"],
              "establishments": [
                {"street": "Boulevard Paul Langevin 2", "postalCode": "59650", "city": "Villeneuve-d'Ascq", "country": "FR", "registeredOffice": true}
              ]
            }""";

    private final RegisterOrganisationUseCase register;
    private final UpdateOrganisationUseCase update;
    private final GetOrganisationQuery get;
    private final SearchOrganisationsQuery search;
    private final CurrentUser user;

    OrganisationResource(RegisterOrganisationUseCase register, UpdateOrganisationUseCase update, GetOrganisationQuery get,
            SearchOrganisationsQuery search, CurrentUser user) {
        this.register = register;
        this.update = update;
        this.get = get;
        this.search = search;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CELLULE, Roles.APPLICANT})
    @Operation(operationId = "createOrganisation", summary = "Register an organisation",
            description = "Roles: CELLULE, APPLICANT. The enterprise number is checked (10 digits, first 0 or 1, mod-97) and "
                    + "normalised; the region of each establishment and of the organisation is derived from the postal codes. "
                    + "Answers the organisation with its Location and its ETag (the version).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganisationRequest.class),
            examples = {
                @ExampleObject(name = "walloon-sme", summary = "A Walloon SME with two establishments", value = EXAMPLE_SME),
                @ExampleObject(name = "foreign-research-centre", summary = "A French research centre, no enterprise number",
                        value = EXAMPLE_FOREIGN_CENTRE)}))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "Address of the new organisation"),
                @Header(name = "ETag", description = "Its version, to send back in If-Match")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid organisation: every offending field in `errors` "
            + "(e.g. `enterpriseNumber` with the reason)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another organisation has this enterprise number (named in the problem)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = AlreadyRegisteredProblem.class)))
    public Response create(@NotNull OrganisationRequest request, @Context UriInfo uri) {
        Organisation o = register.registerOrganisation(RegisterOrganisationCommand.of(request.toForm(), user.id()));
        return Response.created(uri.getAbsolutePathBuilder().path(o.id().toString()).build())
                .tag(ETags.of(o.version()))
                .entity(OrganisationResponse.of(o))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CELLULE, Roles.REGION, Roles.APPLICANT})
    @Operation(operationId = "getOrganisation", summary = "Read an organisation", description = "Roles: CELLULE, REGION, APPLICANT. The ETag is the organisation's version.")
    @APIResponse(responseCode = "200", description = "The organisation", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response read(@PathParam("id") UUID id) {
        OrganisationId organisationId = new OrganisationId(id);
        Organisation o = get.getOrganisation(organisationId).orElseThrow(() -> new OrganisationNotFoundException(organisationId));
        return Response.ok(OrganisationResponse.of(o)).tag(ETags.of(o.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CELLULE, Roles.APPLICANT})
    @Operation(operationId = "updateOrganisation", summary = "Update an organisation",
            description = "Roles: CELLULE (any organisation), APPLICANT (only the organisation whose enterprise number their "
                    + "token's `org` claim carries, without changing that number). Replaces the whole content. "
                    + "If-Match with the ETag last read is required: 428 without it, 412 if the organisation changed since.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OrganisationRequest.class),
            examples = @ExampleObject(name = "walloon-sme", summary = "The SME, grown to 31 employees", value = EXAMPLE_SME)))
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or an applicant changing another organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The new enterprise number belongs to another organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = AlreadyRegisteredProblem.class)))
    @APIResponse(responseCode = "412", description = "The organisation changed since the version named by If-Match; "
            + "the ETag header gives the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "The ETag last read, e.g. \"3\"", required = true, example = "\"0\"")
            @HeaderParam("If-Match") String ifMatch,
            @NotNull OrganisationRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Organisation o = update.updateOrganisation(
                UpdateOrganisationCommand.of(new OrganisationId(id), request.toForm(), expected, requester()));
        return Response.ok(OrganisationResponse.of(o)).tag(ETags.of(o.version())).build();
    }

    @GET
    @RolesAllowed({Roles.CELLULE, Roles.REGION})
    @Operation(operationId = "searchOrganisations", summary = "Search organisations",
            description = "Roles: CELLULE, REGION. Filters combine (AND); results sorted by name (case-insensitive) then id; "
                    + "`page` is 0-based, `size` 1 to 100 (default 20).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganisationPageResponse.class)))
    @APIResponse(responseCode = "400", description = "A filter or the page is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganisationPageResponse search(
            @Parameter(description = "Part of the name, case-insensitive", example = "ossature") @QueryParam("name") String name,
            @Parameter(description = "Enterprise number in any accepted format", example = "0812345603")
            @QueryParam("enterpriseNumber") String enterpriseNumber,
            @Parameter(schema = @Schema(implementation = OrganisationKind.class)) @QueryParam("kind") String kind,
            @Parameter(schema = @Schema(implementation = Region.class)) @QueryParam("region") String region,
            @Parameter(schema = @Schema(implementation = SizeClass.class)) @QueryParam("sizeClass") String sizeClass,
            @Parameter(description = "Corporate group name or identifier, case-insensitive") @QueryParam("corporateGroup")
            String corporateGroup,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        OrganisationSearchCriteria criteria = new OrganisationSearchCriteria(name,
                enterpriseNumber == null || enterpriseNumber.isBlank() ? null : EnterpriseNumber.parse(enterpriseNumber),
                enumParam("kind", kind, OrganisationKind.class),
                enumParam("region", region, Region.class),
                enumParam("sizeClass", sizeClass, SizeClass.class),
                corporateGroup,
                intParam("page", page, 0, 0, Integer.MAX_VALUE),
                intParam("size", size, OrganisationSearchCriteria.DEFAULT_SIZE, 1, OrganisationSearchCriteria.MAX_SIZE));
        return OrganisationPageResponse.of(search.searchOrganisations(criteria));
    }

    private Requester requester() {
        if (user.hasRole(Roles.CELLULE)) {
            return Requester.cellule(user.id());
        }
        EnterpriseNumber own = user.organisation().filter(EnterpriseNumber::isValid).map(EnterpriseNumber::parse).orElse(null);
        return Requester.applicant(user.id(), own);
    }

    static <E extends Enum<E>> E enumParam(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.toString(type.getEnumConstants());
            throw invalidParam(field, LocalizedText.of("Valeurs permises : %s", "Allowed values: %s").formatted(allowed));
        }
    }

    static int intParam(String field, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        LocalizedText range = max == Integer.MAX_VALUE
                ? LocalizedText.of("Nombre entier de %d ou plus attendu", "Whole number of %d or more expected").formatted(min)
                : LocalizedText.of("Nombre entier de %d à %d attendu", "Whole number from %d to %d expected").formatted(min, max);
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw invalidParam(field, range);
            }
            return n;
        } catch (NumberFormatException e) {
            throw invalidParam(field, range);
        }
    }

    /** A query parameter out of range: a validation problem naming it (French unless English is asked for). */
    private static ProblemException invalidParam(String field, LocalizedText why) {
        return new InvalidParameterException(field, why);
    }

    /** Carries both languages of the reason until the mapper knows the caller's. */
    static final class InvalidParameterException extends ProblemException {

        private final String field;
        private final LocalizedText why;

        InvalidParameterException(String field, LocalizedText why) {
            super(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("Paramètre invalide : %s", "Invalid parameter: %s").formatted(field),
                    List.of(new FieldProblem(field, why.fr())), null);
            this.field = field;
            this.why = why;
        }

        String field() {
            return field;
        }

        LocalizedText why() {
            return why;
        }
    }
}
