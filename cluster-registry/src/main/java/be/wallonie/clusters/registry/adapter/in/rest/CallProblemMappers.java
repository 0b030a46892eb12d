package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.registry.application.port.in.CallNotFoundException;
import be.wallonie.clusters.registry.application.port.in.SessionNotFoundException;
import be.wallonie.clusters.registry.application.port.in.StaleCallException;
import be.wallonie.clusters.registry.domain.call.CallRefusedException;
import be.wallonie.clusters.registry.domain.call.CallViolation;
import be.wallonie.clusters.registry.domain.call.InvalidCallException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The call's and the sessions' refusals as problem details. */
public class CallProblemMappers {

    static final ProblemType CALL_NOT_FOUND = new ProblemType("call-not-found", 404,
            LocalizedText.of("Concours introuvable", "Call not found"));
    static final ProblemType SESSION_NOT_FOUND = new ProblemType("session-not-found", 404,
            LocalizedText.of("Session de sélection introuvable", "Selection session not found"));
    static final ProblemType CALL_REFUSED = new ProblemType("call-refused", 409,
            LocalizedText.of("Refusé par les règles du concours", "Refused by the call's rules"));

    @ServerExceptionMapper
    public Response invalid(InvalidCallException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        List<FieldProblem> fields = e.violations().stream().map(v -> new FieldProblem(v.field(), message(v.code()).in(locale))).toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(ProblemType.VALIDATION_FAILED, LocalizedText.of("Concours invalide : %s", "Invalid call: %s")
                .formatted(names), fields, null, headers, uri);
    }

    static LocalizedText message(CallViolation.Code code) {
        return switch (code) {
            case REQUIRED -> LocalizedText.of("obligatoire", "required");
            case TOO_LONG -> LocalizedText.of("trop long", "too long");
            case CLOSING_BEFORE_OPENING -> LocalizedText.of("la clôture précède l'ouverture", "the closing precedes the opening");
            case CALL_TOO_LONG -> LocalizedText.of("le concours dépasse la durée maximale", "the call exceeds the longest duration");
            case INTERVAL_OUT_OF_RANGE -> LocalizedText.of("entre 1 et 12 mois", "between 1 and 12 months");
            case CUT_OFF_OUT_OF_RANGE -> LocalizedText.of("entre 0 et 365 jours", "between 0 and 365 days");
            case CLOSING_IN_THE_PAST -> LocalizedText.of("la nouvelle clôture est déjà passée", "the new closing day has already passed");
        };
    }

    @ServerExceptionMapper
    public Response refused(CallRefusedException e, HttpHeaders headers, UriInfo uri) {
        LocalizedText detail = switch (e.reason()) {
            case OVERLAPPING_CALL -> LocalizedText.of("Le concours %s, ouvert, couvre déjà un de ces régimes à des dates qui se "
                    + "chevauchent", "Open call %s already covers one of these schemes on overlapping dates").formatted(e.other());
            case CALL_CLOSED -> LocalizedText.of("Le concours est clôturé : sa date de clôture ne change plus",
                    "The call is closed: its closing day no longer changes");
            case CALL_CANCELLED -> LocalizedText.of("Le concours est annulé", "The call is cancelled");
            case SESSIONS_IN_USE -> LocalizedText.of("Raccourcir le concours supprimerait des sessions qui ont des dossiers ou des "
                    + "résultats", "Shortening the call would drop sessions that have dossiers or results");
            case ALREADY_PUBLISHED -> LocalizedText.of("Les résultats de la session sont déjà publiés (une seule publication)",
                    "The session's results are already published (published once)");
            case SESSION_NOT_HELD -> LocalizedText.of("La réunion de sélection n'a pas encore eu lieu",
                    "The selection meeting has not taken place yet");
            case SCHEME_NOT_COVERED -> LocalizedText.of("Le concours de cette session ne couvre pas le régime du dossier",
                    "This session's call does not cover the dossier's scheme");
            case DOSSIER_NOT_IN_ROUND -> LocalizedText.of("Seul un dossier soumis, en évaluation ou avisé est inscrit à une session",
                    "Only a submitted, under-evaluation or advised dossier is put on a session's agenda");
        };
        return Problems.response(CALL_REFUSED, detail, List.of(), e.reason().name(), headers, uri);
    }

    @ServerExceptionMapper
    public Response callNotFound(CallNotFoundException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(CALL_NOT_FOUND, LocalizedText.of("Aucun concours %s", "No call %s").formatted(e.id()), List.of(), null,
                headers, uri);
    }

    @ServerExceptionMapper
    public Response sessionNotFound(SessionNotFoundException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(SESSION_NOT_FOUND, LocalizedText.of("Aucune session %s", "No session %s").formatted(e.id()), List.of(),
                null, headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleCallException e, HttpHeaders headers, UriInfo uri) {
        return ETags.staleVersion(LocalizedText.of("Le concours a été modifié entre-temps (version actuelle %d) ; rechargez-le",
                        "The call was modified in the meantime (current version %d); reload it").formatted(e.currentVersion()),
                e.currentVersion(), headers, uri);
    }
}
