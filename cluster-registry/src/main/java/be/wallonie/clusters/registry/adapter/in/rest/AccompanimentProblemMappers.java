package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.registry.application.port.in.AccompaniedProjectNotFoundException;
import be.wallonie.clusters.registry.application.port.in.AccompanimentActNotFoundException;
import be.wallonie.clusters.registry.application.port.in.StaleAccompanimentException;
import be.wallonie.clusters.registry.domain.accompaniment.AccompaniedProject;
import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentAct;
import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentRefusedException;
import be.wallonie.clusters.registry.domain.accompaniment.AccompanimentViolation;
import be.wallonie.clusters.registry.domain.accompaniment.InvalidAccompanimentException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The accompaniment's refusals as problem details. */
public class AccompanimentProblemMappers {

    static final ProblemType PROJECT_NOT_FOUND = new ProblemType("accompanied-project-not-found", 404,
            LocalizedText.of("Projet accompagné introuvable", "Accompanied project not found"));
    static final ProblemType ACT_NOT_FOUND = new ProblemType("accompaniment-act-not-found", 404,
            LocalizedText.of("Acte d'accompagnement introuvable", "Accompaniment act not found"));
    static final ProblemType ACCOMPANIMENT_REFUSED = new ProblemType("accompaniment-refused", 409,
            LocalizedText.of("Accompagnement refusé", "Accompaniment refused"));

    @ServerExceptionMapper
    public Response invalid(InvalidAccompanimentException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        List<FieldProblem> fields = e.violations().stream().map(v -> new FieldProblem(v.field(), message(v.code()).in(locale))).toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(ProblemType.VALIDATION_FAILED, LocalizedText.of("Accompagnement invalide : %s",
                "Invalid accompaniment: %s").formatted(names), fields, null, headers, uri);
    }

    static LocalizedText message(AccompanimentViolation.Code code) {
        return switch (code) {
            case REQUIRED -> LocalizedText.of("obligatoire", "required");
            case TOO_LONG -> LocalizedText.of("trop long", "too long");
            case UNKNOWN_KIND -> LocalizedText.of("type d'acte inconnu (MEETING, INFORMATION_SESSION, FORMALISATION_HELP, "
                    + "PARTNER_SEARCH, EXPERIENCE_EXCHANGE, REFERRAL_TO_OTHER_AID)", "unknown kind of act (MEETING, "
                    + "INFORMATION_SESSION, FORMALISATION_HELP, PARTNER_SEARCH, EXPERIENCE_EXCHANGE, REFERRAL_TO_OTHER_AID)");
            case UNKNOWN_STATUS -> LocalizedText.of("statut inconnu (OPEN, BECAME_DOSSIER, ABANDONED)",
                    "unknown status (OPEN, BECAME_DOSSIER, ABANDONED)");
            case IN_THE_FUTURE -> LocalizedText.of("ne peut pas être dans le futur", "cannot be in the future");
            case NOT_POSITIVE -> LocalizedText.of("doit être d'au moins une minute", "must be at least one minute");
            case TOO_MANY_MINUTES -> LocalizedText.of("au plus %d minutes", "at most %d minutes")
                    .formatted(AccompanimentAct.MAX_MINUTES);
            case DUPLICATE -> LocalizedText.of("en double", "duplicate");
            case UNKNOWN_ORGANISATION -> LocalizedText.of("organisation inconnue du registre", "organisation unknown to the registry");
            case UNKNOWN_DOSSIER -> LocalizedText.of("dossier inconnu", "unknown dossier");
            case UNKNOWN_PROJECT -> LocalizedText.of("projet accompagné inconnu", "unknown accompanied project");
            case NOT_FOR_THIS_STATUS -> LocalizedText.of("seulement avec le statut BECAME_DOSSIER (dossier) ou ABANDONED (raison)",
                    "only with status BECAME_DOSSIER (dossier) or ABANDONED (reason)");
            case NOT_THE_PROJECT_DOSSIER -> LocalizedText.of("un acte ne nomme un projet et un dossier que si le projet est devenu "
                    + "ce dossier", "an act names a project and a dossier only when the project became that dossier");
            case TOO_MANY -> LocalizedText.of("au plus %d organisations", "at most %d organisations")
                    .formatted(AccompaniedProject.MAX_ORGANISATIONS);
        };
    }

    @ServerExceptionMapper
    public Response refused(AccompanimentRefusedException e, HttpHeaders headers, UriInfo uri) {
        return switch (e.reason()) {
            case DOSSIER_ALREADY_LINKED -> Problems.response(ACCOMPANIMENT_REFUSED, LocalizedText.of("Ce dossier est déjà lié à un "
                    + "autre projet accompagné : un dossier vient d'un seul projet", "That dossier is already linked to another "
                    + "accompanied project: a dossier comes from one project"),
                    List.of(new FieldProblem("dossierId", "déjà lié / already linked")), e.reason().name(), headers, uri);
            case ACT_CANCELLED -> Problems.response(ACCOMPANIMENT_REFUSED, LocalizedText.of("Cet acte a été annulé : il ne change "
                    + "plus ; enregistrez un nouvel acte", "That act was cancelled: it no longer changes; record a new act"),
                    List.of(), e.reason().name(), headers, uri);
        };
    }

    @ServerExceptionMapper
    public Response projectNotFound(AccompaniedProjectNotFoundException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(PROJECT_NOT_FOUND, LocalizedText.of("Aucun projet accompagné de cet identifiant",
                "No accompanied project with that id"), List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response actNotFound(AccompanimentActNotFoundException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ACT_NOT_FOUND, LocalizedText.of("Aucun acte d'accompagnement de cet identifiant",
                "No accompaniment act with that id"), List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleAccompanimentException e, HttpHeaders headers, UriInfo uri) {
        return ETags.staleVersion(LocalizedText.of("Modifié entre-temps (version actuelle %d) ; rechargez-le",
                "Changed in the meantime (current version %d); reload it").formatted(e.currentVersion()), e.currentVersion(), headers, uri);
    }
}
