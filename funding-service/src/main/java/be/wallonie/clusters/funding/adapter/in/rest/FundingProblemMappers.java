package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.funding.application.port.in.InvalidCommandException;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersionRefusedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The funding rules' refusals as problem details, in the caller's language. */
public class FundingProblemMappers {

    static final ProblemType SCHEME_VERSION_CONFLICT = new ProblemType("scheme-version-conflict", 409,
            LocalizedText.of("Conflit avec les versions publiées du régime", "Conflict with the scheme's published versions"));

    @ServerExceptionMapper
    public Response invalid(InvalidCommandException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        List<FieldProblem> fields = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), LocalizedText.of(v.fr(), v.en()).in(locale)))
                .toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Champs invalides : %s", "Invalid fields: %s").formatted(names), fields, null, headers, uri);
    }

    @ServerExceptionMapper
    public Response refused(SchemeVersionRefusedException e, HttpHeaders headers, UriInfo uri) {
        SchemeVersion refused = e.refused();
        SchemeVersion other = e.inTheWay().orElse(null);
        String code = e.reason().name();
        return switch (e.reason()) {
            case LABEL_TAKEN -> Problems.response(SCHEME_VERSION_CONFLICT,
                    LocalizedText.of("Le régime %s a déjà une version « %s » (en vigueur à partir du %s) ; une version publiée "
                                    + "ne change jamais : choisissez un autre libellé",
                            "Scheme %s already has a version '%s' (in force from %s); a published version never changes: "
                                    + "choose another label")
                            .formatted(refused.scheme(), refused.label(), other.effectiveFrom()),
                    List.of(new FieldProblem("label", LocalizedText.of("libellé déjà utilisé", "label already used")
                            .in(Problems.locale(headers)))), code, headers, uri);
            case EFFECTIVE_DATE_IN_THE_PAST -> Problems.response(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("La date d'effet %s est passée (nous sommes le %s) : une nouvelle version ne peut pas "
                                    + "réécrire ce qui a déjà été calculé",
                            "The effective date %s is in the past (today is %s): a new version may not rewrite what was "
                                    + "already computed")
                            .formatted(refused.effectiveFrom(), e.today()),
                    List.of(new FieldProblem("effectiveFrom",
                            LocalizedText.of("aujourd'hui (%s) ou plus tard", "today (%s) or later").formatted(e.today())
                                    .in(Problems.locale(headers)))),
                    code, headers, uri);
            case NOT_AFTER_LATEST_VERSION -> Problems.response(SCHEME_VERSION_CONFLICT,
                    LocalizedText.of("La dernière version du régime %s, « %s », s'applique à partir du %s : une nouvelle version "
                                    + "doit s'appliquer après cette date, pas le %s",
                            "The latest version of scheme %s, '%s', applies from %s: a new version must apply after that date, "
                                    + "not on %s")
                            .formatted(refused.scheme(), other.label(), other.effectiveFrom(), refused.effectiveFrom()),
                    List.of(new FieldProblem("effectiveFrom",
                            LocalizedText.of("après le %s", "after %s").formatted(other.effectiveFrom()).in(Problems.locale(headers)))),
                    "EFFECTIVE_DATE_NOT_AFTER_LATEST_VERSION", headers, uri);
        };
    }
}
