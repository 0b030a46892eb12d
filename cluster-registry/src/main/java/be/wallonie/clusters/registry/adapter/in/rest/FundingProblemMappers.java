package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.registry.domain.dossier.FundedBeneficiaryRefusedException;
import be.wallonie.clusters.registry.domain.dossier.FundingViolation;
import be.wallonie.clusters.registry.domain.dossier.InvalidFundedBeneficiaryException;
import be.wallonie.clusters.registry.domain.pole.InvalidPoleProjectException;
import be.wallonie.clusters.registry.domain.pole.PoleProject;
import be.wallonie.clusters.registry.domain.pole.PoleProjectRefusedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The refusals of a grape's or a pole's funded beneficiary and of pole projects as problem details. */
public class FundingProblemMappers {

    static final ProblemType FUNDED_BENEFICIARY_REFUSED = new ProblemType("funded-beneficiary-refused", 409,
            LocalizedText.of("Bénéficiaire du financement refusé", "Funded beneficiary refused"));
    static final ProblemType POLE_PROJECT_REFUSED = new ProblemType("pole-project-refused", 409,
            LocalizedText.of("Projet de pôle refusé", "Pole project refused"));

    @ServerExceptionMapper
    public Response invalidBeneficiary(InvalidFundedBeneficiaryException e, HttpHeaders headers, UriInfo uri) {
        return invalid(e.violations(), LocalizedText.of("Bénéficiaire du financement invalide : %s",
                "Invalid funded beneficiary: %s"), headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidProject(InvalidPoleProjectException e, HttpHeaders headers, UriInfo uri) {
        return invalid(e.violations(), LocalizedText.of("Projet de pôle invalide : %s", "Invalid pole project: %s"), headers, uri);
    }

    @ServerExceptionMapper
    public Response beneficiaryRefused(FundedBeneficiaryRefusedException e, HttpHeaders headers, UriInfo uri) {
        return switch (e.reason()) {
            case NOT_FOR_ECONOMIC_CLUSTER -> Problems.response(FUNDED_BENEFICIARY_REFUSED, LocalizedText.of("Le financement d'un "
                    + "cluster économique va à l'employeur de son animateur : déclarez le poste d'animateur",
                    "An economic cluster's funding goes to its animateur's employer: state the animateur post"), List.of(),
                    e.reason().name(), headers, uri);
        };
    }

    @ServerExceptionMapper
    public Response projectRefused(PoleProjectRefusedException e, HttpHeaders headers, UriInfo uri) {
        LocalizedText detail = switch (e.reason()) {
            case NOT_A_POLE -> LocalizedText.of("Seul un pôle de compétitivité est financé par des projets approuvés",
                    "Only a competitiveness pole is funded by approved projects");
            case NO_AGREMENT -> LocalizedText.of("Le pôle n'a pas encore d'agrément : ses projets sont approuvés une fois validé",
                    "The pole has no agrément yet: its projects are approved once it is validated");
        };
        return Problems.response(POLE_PROJECT_REFUSED, detail, List.of(), e.reason().name(), headers, uri);
    }

    private static Response invalid(List<FundingViolation> violations, LocalizedText title, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        List<FieldProblem> fields = violations.stream().map(v -> new FieldProblem(v.field(), message(v.code()).in(locale))).toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(ProblemType.VALIDATION_FAILED, title.formatted(names), fields, null, headers, uri);
    }

    static LocalizedText message(FundingViolation.Code code) {
        return switch (code) {
            case REQUIRED -> LocalizedText.of("obligatoire", "required");
            case NOT_A_MEMBER -> LocalizedText.of("l'organisation n'est pas membre du dossier", "the organisation is not a member of the dossier");
            case NOT_FOR_POLE -> LocalizedText.of("un pôle ne déclare pas de coûts annuels : il est financé par ses projets approuvés",
                    "a pole states no yearly costs: it is funded by its approved projects");
            case NOT_POSITIVE -> LocalizedText.of("doit être supérieur à zéro", "must be more than zero");
            case NEGATIVE -> LocalizedText.of("ne peut pas être négatif", "cannot be negative");
            case TOO_PRECISE -> LocalizedText.of("au plus deux décimales", "at most two decimals");
            case ABOVE_BUDGET -> LocalizedText.of("ne peut pas dépasser le budget du projet", "cannot exceed the project's budget");
            case UNKNOWN_KIND -> LocalizedText.of("R_AND_D, TRAINING ou INVESTMENT", "R_AND_D, TRAINING or INVESTMENT");
            case TOO_LONG -> LocalizedText.of("au plus " + PoleProject.MAX_TITLE + " caractères",
                    "at most " + PoleProject.MAX_TITLE + " characters");
            case OUT_OF_RANGE -> LocalizedText.of("entre " + PoleProject.FIRST_CALL_YEAR + " et " + PoleProject.LAST_CALL_YEAR,
                    "between " + PoleProject.FIRST_CALL_YEAR + " and " + PoleProject.LAST_CALL_YEAR);
            case BEFORE_START -> LocalizedText.of("la date de fin précède la date de début", "the end date is before the start date");
            case OUTSIDE_AGREMENT -> LocalizedText.of("le projet doit se dérouler dans une période d'agrément du pôle",
                    "the project must lie inside one of the pole's agrément periods");
            case CALL_AFTER_START -> LocalizedText.of("l'appel est postérieur à l'année de début du projet",
                    "the call is later than the year the project starts");
        };
    }
}
