package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery;
import be.wallonie.clusters.registry.application.port.in.ListRecognisedClustersQuery.Criteria;
import be.wallonie.clusters.registry.domain.dossier.Focus;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public register of recognised clusters: no token, cacheable. */
@Path("/api/v1/public/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public register", description = "The clusters Wallonia recognises — no authentication")
public class PublicRegisterResource {

    static final int MAX_SIZE = 100;
    /** Public data changes at the pace of the Region's decisions: five minutes of caching costs nothing. */
    static final int MAX_AGE_SECONDS = 300;

    private final ListRecognisedClustersQuery register;
    private final ObjectMapper json;

    PublicRegisterResource(ListRecognisedClustersQuery register, ObjectMapper json) {
        this.register = register;
        this.json = json;
    }

    @Schema(name = "RecognisedCluster")
    public record ClusterEntry(String dossierId, @Schema(example = "Cluster Bois") String name, String acronym,
            @Schema(example = "ECONOMIC_CLUSTER") String scheme, @Schema(example = "MARKET") String focusKind,
            @Schema(example = "construction bois") String focusDomain,
            @Schema(description = "1 for the first agrément, then 2, 3… after renewals") int agrementPeriod,
            @Schema(example = "2027-01-01") String agrementStart, @Schema(example = "2029-12-31") String agrementEnd,
            @Schema(description = "Labelled flagship (\"phare\") by the Region") boolean flagship,
            @Schema(description = "Members of the cluster in the snapshot its agrément was granted on", example = "24")
            int membersCount) {
    }

    @Schema(name = "RecognisedClusterPage")
    public record RegisterPage(List<ClusterEntry> items, int page, int size, long total) {
    }

    @GET
    @PermitAll
    @Operation(summary = "The public register of recognised clusters", description = "No token. Validated clusters with an "
            + "agrément in force: name, focus, scheme, the agrément period covering today (else the next to start), flagship label, members count (of the snapshot the agrément was granted on). Filter by `scheme`, `focusKind`, "
            + "`flagship`, `q` (part of the name or acronym); ordered by name; paginated. Cacheable: `ETag` and "
            + "`Cache-Control: public, max-age=300`; `If-None-Match` answers 304 when nothing changed.")
    @APIResponse(responseCode = "200", description = "A page of the register",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterPage.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "400", description = "Unknown filter value or page out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(@QueryParam("scheme") String scheme, @QueryParam("focusKind") String focusKind,
            @QueryParam("flagship") Boolean flagship, @QueryParam("q") String text,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("page ≥ 0 et 1 ≤ size ≤ %d", "page ≥ 0 and 1 ≤ size ≤ %d").formatted(MAX_SIZE),
                    List.of(new FieldProblem(page < 0 ? "page" : "size", "page ≥ 0, 1 ≤ size ≤ " + MAX_SIZE)), null);
        }
        ListRecognisedClustersQuery.Page found = register.recognisedClusters(new Criteria(enumValue(Scheme.class, scheme, "scheme"),
                enumValue(Focus.Kind.class, focusKind, "focusKind"), flagship, text), page, size);
        RegisterPage body = new RegisterPage(found.items().stream().map(c -> new ClusterEntry(c.dossierId().toString(), c.name(),
                c.acronym(), c.scheme(), c.focusKind(), c.focusDomain(), c.agrementPeriod(), c.agrementStart().toString(),
                c.agrementEnd().toString(), c.flagship(), c.membersCount())).toList(), found.page(), found.size(), found.total());
        EntityTag tag = new EntityTag(digest(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        cache.setPrivate(false);
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(t -> t.equals("*") || t.replace("W/", "").equals("\"" + tag.getValue() + "\""))) {
            return Response.notModified(tag).cacheControl(cache).build();
        }
        return Response.ok(body).tag(tag).cacheControl(cache).build();
    }

    private String digest(RegisterPage body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <E extends Enum<E>> String enumValue(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip()).name();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("Valeur inconnue pour %s : %s", "Unknown value for %s: %s").formatted(field, value),
                    List.of(new FieldProblem(field, Arrays.toString(type.getEnumConstants()))), null);
        }
    }
}
