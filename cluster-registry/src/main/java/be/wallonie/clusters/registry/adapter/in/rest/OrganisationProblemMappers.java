package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.registry.application.port.in.OrganisationAccessDeniedException;
import be.wallonie.clusters.registry.application.port.in.OrganisationAlreadyRegisteredException;
import be.wallonie.clusters.registry.application.port.in.OrganisationNotFoundException;
import be.wallonie.clusters.registry.application.port.in.StaleOrganisationException;
import be.wallonie.clusters.registry.domain.organisation.InvalidOrganisationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The organisation rules and refusals as problem details, in the caller's language. */
public class OrganisationProblemMappers {

    static final ProblemType ORGANISATION_NOT_FOUND = new ProblemType("organisation-not-found", 404,
            LocalizedText.of("Organisation introuvable", "Organisation not found"));
    static final ProblemType ORGANISATION_ALREADY_REGISTERED = new ProblemType("organisation-already-registered", 409,
            LocalizedText.of("Organisation déjà enregistrée", "Organisation already registered"));

    @ServerExceptionMapper
    public Response invalid(InvalidOrganisationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        List<FieldProblem> fields = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), OrganisationMessages.of(v).in(locale)))
                .toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Champs invalides : %s", "Invalid fields: %s").formatted(names), fields, null, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidParameter(OrganisationResource.InvalidParameterException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        return Problems.response(e.type(), e.detail(), List.of(new FieldProblem(e.field(), e.why().in(locale))), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response notFound(OrganisationNotFoundException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ORGANISATION_NOT_FOUND,
                LocalizedText.of("Aucune organisation %s", "No organisation %s").formatted(e.id()), List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response alreadyRegistered(OrganisationAlreadyRegisteredException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        ProblemType type = ORGANISATION_ALREADY_REGISTERED;
        String existing = "/api/v1/organisations/" + e.existing();
        AlreadyRegisteredProblem problem = new AlreadyRegisteredProblem(type.uri().toString(), type.title().in(locale), type.status(),
                LocalizedText.of("Le numéro d'entreprise %s est déjà celui de l'organisation %s",
                        "Enterprise number %s already belongs to organisation %s").formatted(e.enterpriseNumber(), e.existing())
                        .in(locale),
                uri == null ? null : uri.getRequestUri().getRawPath(), "ORGANISATION_ALREADY_REGISTERED",
                e.existing().value(), existing);
        return Response.status(type.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem)
                .build();
    }

    @ServerExceptionMapper
    public Response stale(StaleOrganisationException e, HttpHeaders headers, UriInfo uri) {
        return ETags.staleVersion(LocalizedText.of("L'organisation a été modifiée entre-temps (version actuelle %d) ; rechargez-la",
                        "The organisation was modified in the meantime (current version %d); reload it")
                        .formatted(e.currentVersion()),
                e.currentVersion(), headers, uri);
    }

    @ServerExceptionMapper
    public Response accessDenied(OrganisationAccessDeniedException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN,
                LocalizedText.of("Un demandeur ne peut modifier que sa propre organisation (celle du numéro d'entreprise de son jeton)",
                        "An applicant may change only their own organisation (the one whose enterprise number their token carries)"),
                List.of(), "NOT_OWN_ORGANISATION", headers, uri);
    }
}
