package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.registry.application.port.in.DossierNotFoundException;
import be.wallonie.clusters.registry.application.port.in.StaleDossierException;
import be.wallonie.clusters.registry.domain.dossier.IllegalTransitionException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The registry's business refusals as problem details. */
public class RegistryProblemMappers {

    static final ProblemType ILLEGAL_TRANSITION = new ProblemType("illegal-transition", 409,
            LocalizedText.of("Étape du cycle de vie non permise", "Lifecycle step not allowed"));
    static final ProblemType DOSSIER_NOT_FOUND = new ProblemType("dossier-not-found", 404,
            LocalizedText.of("Dossier introuvable", "Dossier not found"));

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ILLEGAL_TRANSITION,
                LocalizedText.of("Un dossier au statut %s ne peut pas passer au statut %s",
                        "A dossier in status %s cannot go to status %s").formatted(e.from(), e.to()),
                List.of(), "ILLEGAL_TRANSITION_" + e.from() + "_TO_" + e.to(), headers, uri);
    }

    @ServerExceptionMapper
    public Response notFound(DossierNotFoundException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(DOSSIER_NOT_FOUND,
                LocalizedText.of("Aucun dossier %s", "No dossier %s").formatted(e.id()), List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleDossierException e, HttpHeaders headers, UriInfo uri) {
        Response r = Problems.response(ProblemType.PRECONDITION_FAILED,
                LocalizedText.of("Le dossier a été modifié entre-temps (version actuelle %d) ; rechargez-le",
                        "The dossier was modified in the meantime (current version %d); reload it").formatted(e.currentVersion()),
                List.of(), null, headers, uri);
        return Response.fromResponse(r).tag(ETags.of(e.currentVersion())).build();
    }
}
