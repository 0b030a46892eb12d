package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.registry.application.port.in.ApplicantOrganisationUnknownException;
import be.wallonie.clusters.registry.application.port.in.DossierAccessDeniedException;
import be.wallonie.clusters.registry.application.port.in.FounderNotAnEnterpriseException;
import be.wallonie.clusters.registry.domain.dossier.DossierIncompleteException;
import be.wallonie.clusters.registry.domain.dossier.DossierNotEditableException;
import be.wallonie.clusters.registry.domain.dossier.InvalidDossierContentException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The dossier content's rules, its completeness and who may touch it, as problem details in the caller's language. */
public class DossierContentProblemMappers {

    static final ProblemType DOSSIER_INCOMPLETE = new ProblemType("dossier-incomplete", 422,
            LocalizedText.of("Dossier incomplet", "Dossier incomplete"));
    static final ProblemType DOSSIER_NOT_EDITABLE = new ProblemType("dossier-not-editable", 409,
            LocalizedText.of("Dossier non modifiable", "Dossier not editable"));
    static final ProblemType FOUNDER_NOT_AN_ENTERPRISE = new ProblemType("founder-not-an-enterprise", 409,
            LocalizedText.of("Organisation du demandeur non habilitée à fonder un cluster",
                    "Applicant's organisation may not found a cluster"));

    @ServerExceptionMapper
    public Response founderNotAnEnterprise(FounderNotAnEnterpriseException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(FOUNDER_NOT_AN_ENTERPRISE, LocalizedText.of("Votre organisation (%s) n'est pas une entreprise : "
                        + "elle rejoint un cluster comme membre en appui, elle ne le fonde pas (« Ces derniers arrivent en support "
                        + "du cluster, non en initiateurs ») ; une entreprise ouvre le dossier", "Your organisation (%s) is not an "
                        + "enterprise: it joins a cluster as a member in support, it does not found one (\"Ces derniers arrivent en "
                        + "support du cluster, non en initiateurs\": they come in support, not as initiators); an enterprise opens "
                        + "the dossier")
                .formatted(e.kind()), List.of(), "FOUNDER_NOT_AN_ENTERPRISE", headers, uri);
    }

    static final ProblemType APPLICANT_ORGANISATION_NOT_REGISTERED = new ProblemType("applicant-organisation-not-registered", 409,
            LocalizedText.of("Organisation du demandeur non enregistrée", "Applicant's organisation not registered"));

    @ServerExceptionMapper
    public Response invalid(InvalidDossierContentException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        List<FieldProblem> fields = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), LocalizedText.of(v.code().fr(), v.code().en()).in(locale))).toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Contenu du dossier invalide : %s", "Invalid dossier content: %s").formatted(names), fields, null,
                headers, uri);
    }

    @ServerExceptionMapper
    public Response incomplete(DossierIncompleteException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        ProblemType type = DOSSIER_INCOMPLETE;
        IncompleteDossierProblem problem = new IncompleteDossierProblem(type.uri().toString(), type.title().in(locale), type.status(),
                LocalizedText.of("Le dossier ne peut être soumis : %d élément(s) manquant(s)",
                        "The dossier cannot be submitted: %d missing item(s)").formatted(e.missing().size()).in(locale),
                uri == null ? null : uri.getRequestUri().getRawPath(), DossierContentResource.items(e.missing(), locale),
                "DOSSIER_INCOMPLETE");
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response notEditable(DossierNotEditableException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(DOSSIER_NOT_EDITABLE, LocalizedText.of(
                "Le contenu d'un dossier au statut %s ne se modifie pas : seuls un brouillon, un dossier renvoyé pour "
                        + "complément ou un cluster validé qui prépare son renouvellement le sont", "The content of a dossier in "
                        + "status %s cannot be changed: only a draft, a dossier returned for completion or a validated cluster "
                        + "preparing its renewal can").formatted(e.status()), List.of(), "DOSSIER_NOT_EDITABLE", headers, uri);
    }

    @ServerExceptionMapper
    public Response accessDenied(DossierAccessDeniedException e, HttpHeaders headers, UriInfo uri) {
        LocalizedText detail = switch (e.reason()) {
            case NOT_CORE_GROUP_MEMBER -> LocalizedText.of(
                    "Un demandeur n'accède qu'aux dossiers dont son organisation est membre du noyau dur ou employeur de l'animateur",
                    "An applicant accesses only the dossiers of which their organisation is a core-group member or the animateur's employer");
            case READ_ONLY -> LocalizedText.of("La Région consulte les dossiers sans les modifier",
                    "The Region reads dossiers without changing them");
        };
        return Problems.response(ProblemType.FORBIDDEN, detail, List.of(), e.reason().name(), headers, uri);
    }

    @ServerExceptionMapper
    public Response applicantOrganisationUnknown(ApplicantOrganisationUnknownException e, HttpHeaders headers, UriInfo uri) {
        LocalizedText detail = e.enterpriseNumber() == null
                ? LocalizedText.of("Votre jeton ne porte pas le numéro d'entreprise de votre organisation",
                        "Your token carries no enterprise number of your organisation")
                : LocalizedText.of("Enregistrez d'abord votre organisation (%s) : elle devient le premier membre du noyau dur",
                        "Register your organisation (%s) first: it becomes the first core-group member").formatted(e.enterpriseNumber());
        return Problems.response(APPLICANT_ORGANISATION_NOT_REGISTERED, detail, List.of(), "APPLICANT_ORGANISATION_NOT_REGISTERED",
                headers, uri);
    }
}
