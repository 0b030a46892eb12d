package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.registry.adapter.in.rest.SessionResource.ResultsResponse;
import be.wallonie.clusters.registry.application.port.in.PublishSessionResultsUseCase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published results of a selection session: no token, cacheable (the list never changes once published). */
@Path("/api/v1/public/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public register")
public class PublicSessionResultsResource {

    static final ProblemType RESULTS_NOT_PUBLISHED = new ProblemType("session-results-not-published", 404,
            LocalizedText.of("Résultats non publiés", "Results not published"));

    private final PublishSessionResultsUseCase results;
    private final ObjectMapper json;

    PublicSessionResultsResource(PublishSessionResultsUseCase results, ObjectMapper json) {
        this.results = results;
        this.json = json;
    }

    @GET
    @Path("/{id}/results")
    @PermitAll
    @Operation(operationId = "getPublicSessionResults", summary = "The published results of a selection session", description = "No token. One line per dossier: cluster "
            + "name, scheme, outcome (VALIDATED, REJECTED, PENDING). 404 until the Cellule publishes them. Cacheable: `ETag` and "
            + "`Cache-Control: public, max-age=300`; `If-None-Match` answers 304.")
    @APIResponse(responseCode = "200", description = "The results",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultsResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such session, or its results are not published yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response results(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        ResultsResponse body = results.publishedResults(id).map(ResultsResponse::of).orElseThrow(() -> new ProblemException(
                RESULTS_NOT_PUBLISHED, LocalizedText.of("Les résultats de la session %s ne sont pas encore publiés",
                        "The results of session %s are not published yet").formatted(id)));
        EntityTag tag = new EntityTag(digest(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(PublicRegisterResource.MAX_AGE_SECONDS);
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
}
