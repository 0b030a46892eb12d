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
import jakarta.ws.rs.PathParam;
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
import java.util.Map;
import java.util.UUID;
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

    @Schema(name = "Label", description = "An enumerated value's label, in French and English")
    public record Label(@Schema(example = "cluster économique") String fr, @Schema(example = "economic cluster") String en) {
    }

    @Schema(name = "ListedMember", description = "A member who agreed to be listed: its name, kind and municipality, nothing else")
    public record ListedMemberEntry(@Schema(example = "Scierie du Condroz SA") String name, @Schema(example = "ENTERPRISE") String kind,
            Label kindLabel, @Schema(example = "Ciney") String municipality, @Schema(example = "5590") String postalCode) {
    }

    @Schema(name = "RecognisedCluster")
    public record ClusterEntry(String dossierId, @Schema(example = "Cluster Bois") String name, String acronym,
            @Schema(example = "ECONOMIC_CLUSTER") String scheme, Label schemeLabel, @Schema(example = "MARKET") String focusKind,
            Label focusKindLabel, @Schema(example = "construction bois") String focusDomain,
            @Schema(example = "Ossature bois et isolation biosourcée pour le logement") String focusDescription,
            @Schema(description = "1 for the first agrément, then 2, 3… after renewals") int agrementPeriod,
            @Schema(example = "2027-01-01") String agrementStart, @Schema(example = "2029-12-31") String agrementEnd,
            @Schema(description = "Labelled flagship (\"phare\") by the Region") boolean flagship,
            @Schema(description = "The year the flagship label was set; null when not flagship", example = "2027") Integer flagshipSince,
            @Schema(description = "Members of the cluster on the day of the request (on the agrément's first day when it starts "
                    + "later), from its membership ledger", example = "24") int membersCount,
            @Schema(example = "https://www.cluster-bois.be") String website,
            @Schema(example = "contact@cluster-bois.be") String contactEmail,
            @Schema(example = "Jeanne Dupont") String animatorName,
            @Schema(description = "The members that day who agreed to be listed, by name") List<ListedMemberEntry> listedMembers) {

        static ClusterEntry of(ListRecognisedClustersQuery.RecognisedCluster c) {
            return new ClusterEntry(c.dossierId().toString(), c.name(), c.acronym(), c.scheme(), LABELS.get(c.scheme()), c.focusKind(),
                    LABELS.get(c.focusKind()), c.focusDomain(), c.focusDescription(), c.agrementPeriod(), c.agrementStart().toString(),
                    c.agrementEnd().toString(), c.flagship(), c.flagshipSince(), c.membersCount(), c.website(), c.contactEmail(),
                    c.animatorName(), c.listedMembers().stream().map(m -> new ListedMemberEntry(m.name(), m.kind(), LABELS.get(m.kind()),
                            m.city(), m.postalCode())).toList());
        }
    }

    /** The labels of the enumerated values the register shows (schemes, focus kinds, organisation kinds). */
    static final Map<String, Label> LABELS = Map.ofEntries(
            Map.entry("ECONOMIC_CLUSTER", new Label("cluster économique", "economic cluster")),
            Map.entry("TECHNOLOGY_GRAPE", new Label("grappe technologique", "technology grape")),
            Map.entry("COMPETITIVENESS_POLE", new Label("pôle de compétitivité", "competitiveness pole")),
            Map.entry("MARKET", new Label("marché", "market")),
            Map.entry("TECHNOLOGY", new Label("technologie", "technology")),
            Map.entry("ENTERPRISE", new Label("entreprise", "enterprise")),
            Map.entry("RESEARCH_CENTRE", new Label("centre de recherche", "research centre")),
            Map.entry("TRAINING_CENTRE", new Label("centre de formation", "training centre")),
            Map.entry("UNIVERSITY", new Label("université", "university")),
            Map.entry("FEDERATION", new Label("fédération professionnelle", "professional federation")),
            Map.entry("CHAMBER_OF_COMMERCE", new Label("chambre de commerce et d'industrie", "chamber of commerce and industry")),
            Map.entry("PUBLIC_BODY", new Label("organisme public", "public body")));

    @Schema(name = "RecognisedClusterPage")
    public record RegisterPage(List<ClusterEntry> items, int page, int size, long total) {
    }

    @GET
    @PermitAll
    @Operation(operationId = "listRecognisedClusters", summary = "The public register of recognised clusters", description = "No token. "
            + "Validated clusters with an agrément in force: name, focus (kind, domain, description), scheme, the agrément period "
            + "covering today (else the next to start), flagship label and its year, members count on the day (from the "
            + "membership ledger), website, public contact e-mail, the animateur's name and the members who agreed to be listed "
            + "(name, kind, municipality, postal code); enumerated values with their fr/en labels. Filter by `scheme`, `focusKind`, "
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
        RegisterPage body = new RegisterPage(found.items().stream().map(ClusterEntry::of).toList(), found.page(), found.size(),
                found.total());
        return cached(body, ifNoneMatch);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getRecognisedCluster", summary = "One cluster of the public register", description = "No token. The "
            + "entry of the register for one cluster, as in the list: what a firm that wants to join needs — focus and its "
            + "description, website, public contact e-mail, the animateur's name, the members who agreed to be listed (name, "
            + "kind, municipality and postal code), the agrément period, the flagship label and its year, the members count on "
            + "the day. Cacheable like the list (`ETag`, `Cache-Control: public, max-age=300`, 304 on `If-None-Match`).")
    @APIResponse(responseCode = "200", description = "The cluster's entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClusterEntry.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "Not a recognised cluster (or no longer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response entry(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        ClusterEntry entry = register.recognisedCluster(id).map(ClusterEntry::of).orElseThrow(() -> new ProblemException(
                ProblemType.NOT_FOUND, LocalizedText.of("Aucun cluster reconnu %s", "No recognised cluster %s").formatted(id)));
        return cached(entry, ifNoneMatch);
    }

    private Response cached(Object body, String ifNoneMatch) {
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

    private String digest(Object body) {
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
