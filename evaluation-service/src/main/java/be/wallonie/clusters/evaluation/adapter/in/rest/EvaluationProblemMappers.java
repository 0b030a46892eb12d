package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.adapter.in.contract.InvalidSnapshotException;
import be.wallonie.clusters.evaluation.application.port.in.CreatePolicyEvaluationCommand.InvalidPolicyPeriodException;
import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The evaluation service's refusals as problem details. */
public class EvaluationProblemMappers {

    @ServerExceptionMapper
    public Response invalidSnapshot(InvalidSnapshotException e, HttpHeaders headers, UriInfo uri) {
        boolean english = Problems.english(headers);
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Le dossier ne peut pas être évalué : %d champ(s) à corriger",
                        "The dossier cannot be assessed: %d field(s) to correct").formatted(e.violations().size()),
                e.violations().stream().map(v -> new FieldProblem(v.field(), english ? v.messageEn() : v.messageFr())).toList(),
                "INVALID_SNAPSHOT", headers, uri);
    }

    @ServerExceptionMapper
    public Response emptyPeriod(InvalidPolicyPeriodException e, HttpHeaders headers, UriInfo uri) {
        boolean english = Problems.english(headers);
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("La période doit finir après son début", "The period must end after it starts"),
                List.of(new FieldProblem("to", english ? "after from" : "après from")), "EMPTY_PERIOD", headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidParameter(QueryParams.InvalidParameterException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        return Problems.response(e.type(), e.detail(), List.of(new FieldProblem(e.field(), e.why().in(locale))), null, headers, uri);
    }
}
