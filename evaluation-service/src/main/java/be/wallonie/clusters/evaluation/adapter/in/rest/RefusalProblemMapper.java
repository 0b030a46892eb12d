package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.application.port.in.Refusal;
import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The refusals of the Comité's use cases (experts, panels, scores, opinions) as problem details. */
public class RefusalProblemMapper {

    private static final Map<Refusal.Kind, ProblemType> GENERIC = Map.of(
            Refusal.Kind.NOT_FOUND, ProblemType.NOT_FOUND,
            Refusal.Kind.FORBIDDEN, ProblemType.FORBIDDEN,
            Refusal.Kind.CONFLICT, ProblemType.CONFLICT,
            Refusal.Kind.STALE, ProblemType.PRECONDITION_FAILED,
            Refusal.Kind.UNPROCESSABLE, new ProblemType("business-rule-broken", 422,
                    LocalizedText.of("Règle du Comité non respectée", "A rule of the Comité is broken")),
            Refusal.Kind.INVALID, ProblemType.VALIDATION_FAILED);

    /**
     * A use case's refusal: the problem type is stable per code (e.g. {@code …/problems/panel-rules-broken}), the
     * violations become {@code errors[]} (for a panel, {@code field} is the rule's code), a stale version answers 412
     * with the current ETag.
     */
    @ServerExceptionMapper
    public Response refusal(Refusal e, HttpHeaders headers, UriInfo uri) {
        boolean english = Problems.english(headers);
        ProblemType generic = GENERIC.get(e.kind());
        ProblemType type = e.code() == null || e.kind() == Refusal.Kind.STALE || e.kind() == Refusal.Kind.INVALID ? generic
                : new ProblemType(e.code().toLowerCase(Locale.ROOT).replace('_', '-'), generic.status(), generic.title());
        Response r = Problems.response(type, LocalizedText.of(e.detail().fr(), e.detail().en()),
                e.violations().stream().map(v -> new FieldProblem(v.field(), english ? v.message().en() : v.message().fr())).toList(),
                e.code(), headers, uri);
        if (e.currentVersion() != null) {
            return Response.fromResponse(r).tag(ETags.of(e.currentVersion())).build();
        }
        return r;
    }
}
