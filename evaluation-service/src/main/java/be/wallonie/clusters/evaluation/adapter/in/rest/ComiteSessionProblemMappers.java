package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionExceptions.CaseOnAnotherSessionException;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionExceptions.SessionNotFoundException;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionExceptions.StaleSessionException;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionExceptions.UnknownCasesException;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionExceptions.UnknownExpertsException;
import be.wallonie.clusters.evaluation.application.port.out.ConflictingChangeException;
import be.wallonie.clusters.evaluation.domain.session.SessionChangeRefused;
import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The session records' refusals as problem details; none of them changed anything. */
public class ComiteSessionProblemMappers {

    static final ProblemType SESSION_NOT_FOUND = new ProblemType("comite-session-not-found", 404,
            LocalizedText.of("Séance du Comité introuvable", "Comité session not found"));
    static final ProblemType SESSION_CLOSED = new ProblemType("comite-session-closed", 409,
            LocalizedText.of("La séance est clôturée : son procès-verbal ne change plus", "The session is closed: its record no longer changes"));
    static final ProblemType CASE_ON_ANOTHER_SESSION = new ProblemType("case-on-another-open-session", 409,
            LocalizedText.of("Dossier déjà inscrit à une autre séance ouverte", "Case already on another open session"));
    static final ProblemType INCOMPLETE_RECORD = new ProblemType("comite-session-incomplete", 409,
            LocalizedText.of("Le procès-verbal de la séance est incomplet", "The session record is incomplete"));

    @ServerExceptionMapper
    public Response notFound(SessionNotFoundException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(SESSION_NOT_FOUND, LocalizedText.of("Aucune séance %s", "No session %s").formatted(e.id()), List.of(),
                null, headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleSessionException e, HttpHeaders headers, UriInfo uri) {
        return ETags.staleVersion(LocalizedText.of("La séance a été modifiée entre-temps (version actuelle %d) ; rechargez-la",
                        "The session was modified in the meantime (current version %d); reload it").formatted(e.currentVersion()),
                e.currentVersion(), headers, uri);
    }

    @ServerExceptionMapper
    public Response unknownExperts(UnknownExpertsException e, HttpHeaders headers, UriInfo uri) {
        boolean en = Problems.english(headers);
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Experts inconnus du Comité : %s", "Experts unknown to the Comité: %s").formatted(e.expertIds()),
                e.expertIds().stream().map(id -> new FieldProblem("expertIds", (en ? "unknown expert " : "expert inconnu ") + id)).toList(),
                "UNKNOWN_EXPERT", headers, uri);
    }

    @ServerExceptionMapper
    public Response unknownCases(UnknownCasesException e, HttpHeaders headers, UriInfo uri) {
        boolean en = Problems.english(headers);
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Dossiers d'évaluation inconnus : %s", "Unknown evaluation cases: %s").formatted(e.caseIds()),
                e.caseIds().stream().map(id -> new FieldProblem("caseIds", (en ? "unknown case " : "dossier inconnu ") + id)).toList(),
                "UNKNOWN_CASE", headers, uri);
    }

    @ServerExceptionMapper
    public Response caseElsewhere(CaseOnAnotherSessionException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(CASE_ON_ANOTHER_SESSION,
                LocalizedText.of("Le dossier %s est à l'ordre du jour de la séance ouverte %s",
                        "Case %s is on the agenda of open session %s").formatted(e.caseId(), e.otherSessionId()),
                List.of(new FieldProblem("caseIds", e.caseId().toString())), "CASE_ON_ANOTHER_OPEN_SESSION", headers, uri);
    }

    @ServerExceptionMapper
    public Response raced(ConflictingChangeException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT,
                LocalizedText.of("Modification concurrente refusée ; rechargez et réessayez", "Concurrent change refused; reload and retry"),
                List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response refused(SessionChangeRefused e, HttpHeaders headers, UriInfo uri) {
        boolean en = Problems.english(headers);
        String ids = e.ids().toString();
        return switch (e.reason()) {
            case SESSION_CLOSED -> Problems.response(SESSION_CLOSED,
                    LocalizedText.of("La séance %s est clôturée", "Session %s is closed").formatted(ids), List.of(), "SESSION_CLOSED",
                    headers, uri);
            case DUPLICATE -> Problems.response(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("Élément cité plusieurs fois : %s", "Listed more than once: %s").formatted(ids),
                    List.of(new FieldProblem("body", (en ? "listed twice: " : "cité deux fois : ") + ids)), "DUPLICATE", headers, uri);
            case CASE_NOT_ON_AGENDA -> Problems.response(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("Dossier absent de l'ordre du jour : %s", "Case not on the agenda: %s").formatted(ids),
                    List.of(new FieldProblem("caseId", ids)), "CASE_NOT_ON_AGENDA", headers, uri);
            case EXPERT_NOT_PRESENT -> Problems.response(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("Experts absents de la séance (ou récusés) : %s", "Experts not present (or recused): %s")
                            .formatted(ids),
                    List.of(new FieldProblem("expertId", (en ? "not present: " : "absent : ") + ids)), "EXPERT_NOT_PRESENT", headers, uri);
            case INCOMPLETE_RECORD -> Problems.response(INCOMPLETE_RECORD,
                    LocalizedText.of("À compléter avant la clôture : %s", "To complete before closing: %s").formatted(e.getMessage()),
                    List.of(), "INCOMPLETE_RECORD", headers, uri);
        };
    }

}
