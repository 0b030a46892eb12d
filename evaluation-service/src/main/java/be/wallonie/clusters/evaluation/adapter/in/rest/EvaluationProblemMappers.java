package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.adapter.in.contract.InvalidSnapshotException;
import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The evaluation service's refusals as problem details. */
public class EvaluationProblemMappers {

    @ServerExceptionMapper
    public Response invalidSnapshot(InvalidSnapshotException e, HttpHeaders headers, UriInfo uri) {
        boolean english = Problems.locale(headers).equals(Locale.ENGLISH);
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Le dossier ne peut pas être évalué : %d champ(s) à corriger",
                        "The dossier cannot be assessed: %d field(s) to correct").formatted(e.violations().size()),
                e.violations().stream().map(v -> new FieldProblem(v.field(), english ? v.messageEn() : v.messageFr())).toList(),
                "INVALID_SNAPSHOT", headers, uri);
    }
}
