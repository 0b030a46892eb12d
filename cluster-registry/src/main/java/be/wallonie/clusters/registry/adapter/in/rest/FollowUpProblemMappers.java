package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.registry.application.port.in.StaleFollowUpReportException;
import be.wallonie.clusters.registry.domain.followup.FollowUpRefusedException;
import be.wallonie.clusters.registry.domain.followup.InvalidFollowUpReportException;
import be.wallonie.clusters.registry.domain.followup.ReportViolation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The follow-up's refusals as problem details. */
public class FollowUpProblemMappers {

    static final ProblemType FOLLOW_UP_REFUSED = new ProblemType("follow-up-refused", 409,
            LocalizedText.of("Rapport de suivi refusé", "Follow-up report refused"));

    @ServerExceptionMapper
    public Response invalid(InvalidFollowUpReportException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        List<FieldProblem> fields = e.violations().stream().map(v -> new FieldProblem(v.field(), message(v).in(locale))).toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(ProblemType.VALIDATION_FAILED, LocalizedText.of("Rapport de suivi invalide : %s",
                "Invalid follow-up report: %s").formatted(names), fields, null, headers, uri);
    }

    static LocalizedText message(ReportViolation v) {
        return switch (v.code()) {
            case NOT_IN_PLAN -> LocalizedText.of("%s n'est pas un numéro du plan jugé", "%s is not a number of the judged plan")
                    .formatted(v.detail());
            case DUPLICATE -> LocalizedText.of("%s est rapporté deux fois", "%s is reported twice").formatted(v.detail());
            case NOT_REPORTED -> LocalizedText.of("éléments du plan jugé non rapportés : %s",
                    "items of the judged plan not reported: %s").formatted(v.detail());
            case REASON_REQUIRED -> LocalizedText.of("une action reportée ou abandonnée dit pourquoi",
                    "a postponed or dropped action says why");
            default -> message(v.code());
        };
    }

    static LocalizedText message(ReportViolation.Code code) {
        return switch (code) {
            case REQUIRED -> LocalizedText.of("obligatoire", "required");
            case NEGATIVE -> LocalizedText.of("ne peut pas être négatif", "cannot be negative");
            case TOO_PRECISE -> LocalizedText.of("au plus deux décimales", "at most two decimals");
            case UNKNOWN_KEY -> LocalizedText.of("catégorie inconnue", "unknown category");
            case TOO_LONG -> LocalizedText.of("trop long", "too long");
            case YEAR_OUTSIDE_AGREMENT -> LocalizedText.of("l'année n'est couverte par aucun agrément du cluster",
                    "the year falls in none of the cluster's agréments");
            case YEAR_NOT_STARTED -> LocalizedText.of("l'année n'a pas encore commencé", "the year has not begun");
            case NOT_IN_PLAN -> LocalizedText.of("absent du plan jugé", "not in the judged plan");
            case DUPLICATE -> LocalizedText.of("rapporté deux fois", "reported twice");
            case NOT_REPORTED -> LocalizedText.of("éléments du plan jugé non rapportés", "items of the judged plan not reported");
            case REASON_REQUIRED -> LocalizedText.of("une action reportée ou abandonnée dit pourquoi",
                    "a postponed or dropped action says why");
        };
    }

    @ServerExceptionMapper
    public Response refused(FollowUpRefusedException e, HttpHeaders headers, UriInfo uri) {
        return switch (e.reason()) {
            case NOT_A_RECOGNISED_CLUSTER -> Problems.response(FOLLOW_UP_REFUSED, LocalizedText.of("Seul un cluster validé (avec un "
                    + "agrément) dépose un rapport de suivi", "Only a validated cluster (with an agrément) files follow-up reports"),
                    List.of(), e.reason().name(), headers, uri);
            case ALREADY_FILED -> Problems.response(FOLLOW_UP_REFUSED, LocalizedText.of("Un rapport existe déjà pour cette année : "
                    + "corrigez-le (PUT sur l'année) en donnant la raison", "A report exists for that year: correct it (PUT on the "
                    + "year) with a reason"), List.of(new FieldProblem("year", "déjà déposé / already filed")), e.reason().name(),
                    headers, uri);
            case NOT_FILED -> Problems.response(FollowUpReportResource.REPORT_NOT_FOUND, LocalizedText.of("Aucun rapport à corriger "
                    + "pour cette année : déposez-le d'abord", "No report to correct for that year: file it first"), List.of(),
                    e.reason().name(), headers, uri);
            case NO_AGREMENT_THAT_YEAR -> Problems.response(FollowUpReportResource.PLAN_NOT_FOUND, LocalizedText.of("Aucun agrément "
                    + "du cluster ne couvre cette année : pas de plan à suivre", "None of the cluster's agréments covers that year: no "
                    + "plan to follow"), List.of(), e.reason().name(), headers, uri);
        };
    }

    @ServerExceptionMapper
    public Response stale(StaleFollowUpReportException e, HttpHeaders headers, UriInfo uri) {
        return ETags.staleVersion(LocalizedText.of("Le rapport a été corrigé entre-temps (version actuelle %d) ; rechargez-le",
                        "The report was corrected in the meantime (current version %d); reload it").formatted(e.currentVersion()),
                e.currentVersion(), headers, uri);
    }
}
