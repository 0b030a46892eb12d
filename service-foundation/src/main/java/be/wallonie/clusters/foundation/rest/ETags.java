package be.wallonie.clusters.foundation.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Optimistic locking over HTTP, the same in every service: the ETag is the aggregate's version. */
public final class ETags {

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names, or null when the header is absent. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("En-tête If-Match illisible : %s", "Unreadable If-Match header: %s").formatted(ifMatch),
                    List.of(new FieldProblem("If-Match", "\"<version>\"")), null);
        }
    }

    /** The version an If-Match header names; without the header, a 428 problem (optimistic locking is required). */
    public static long requiredVersion(String ifMatch) {
        Long expected = expectedVersion(ifMatch);
        if (expected == null) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    LocalizedText.of("Envoyez l'en-tête If-Match avec l'ETag de la version lue (par exemple \"0\")",
                            "Send the If-Match header with the ETag of the version you read (for example \"0\")"));
        }
        return expected;
    }

    /** 412: the aggregate changed since the version the caller named; the ETag of the current version lets it reload. */
    public static Response staleVersion(LocalizedText detail, long currentVersion, HttpHeaders headers, UriInfo uri) {
        Response problem = Problems.response(ProblemType.PRECONDITION_FAILED, detail, List.of(), null, headers, uri);
        return Response.fromResponse(problem).tag(of(currentVersion)).build();
    }

    private ETags() {
    }
}
