package be.wallonie.clusters.foundation.json;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The rule of {@link StorableText} for what is not a JSON body: a query parameter or a path segment holding a NUL,
 * another control character or an unpaired surrogate is refused (400, the parameter named) before any resource runs —
 * a search for {@code ?name=%00} would otherwise reach PostgreSQL and fail there.
 */
public class StorableParameters {

    @ServerRequestFilter(preMatching = true)
    public Response refuseUnstorableParameters(UriInfo uri, HttpHeaders headers) {
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters(true).entrySet()) {
            for (String value : parameter.getValue()) {
                OptionalInt bad = StorableText.forbiddenCharacter(value);
                if (bad.isPresent()) {
                    return refused(parameter.getKey(), bad.getAsInt(), headers, uri);
                }
            }
        }
        for (PathSegment segment : uri.getPathSegments(true)) {
            OptionalInt bad = StorableText.forbiddenCharacter(segment.getPath());
            if (bad.isPresent()) {
                return refused("path", bad.getAsInt(), headers, uri);
            }
        }
        return null;
    }

    private static Response refused(String parameter, int codePoint, HttpHeaders headers, UriInfo uri) {
        String character = "U+%04X".formatted(codePoint);
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Le paramètre %s contient un caractère interdit (%s)", "Parameter %s contains a forbidden character (%s)")
                        .formatted(parameter, character),
                List.of(new FieldProblem(parameter, StorableText.why(character).in(Problems.locale(headers)))), null, headers, uri);
    }
}
