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
import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.registry.domain.decision.DecisionRefusedException;
import be.wallonie.clusters.registry.domain.dossier.DossierClosedException;
import be.wallonie.clusters.registry.domain.support.PreparationWindowTooLongException;
import be.wallonie.clusters.registry.domain.support.SupportRefusedException;
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

    static final ProblemType ANIMATOR_POST_MISSING = new ProblemType("animator-post-missing", 409,
            LocalizedText.of("Poste d'animateur manquant", "Animateur post missing"));
    static final ProblemType FUNDED_BENEFICIARY_MISSING = new ProblemType("funded-beneficiary-missing", 409,
            LocalizedText.of("Bénéficiaire du financement manquant", "Funded beneficiary missing"));
    static final ProblemType OPINION_MISSING = new ProblemType("opinion-missing", 409,
            LocalizedText.of("Avis du Comité manquant", "Comité opinion missing"));
    static final ProblemType DOSSIER_CLOSED = new ProblemType("dossier-closed", 409,
            LocalizedText.of("Dossier clôturé", "Dossier closed"));

    @ServerExceptionMapper
    public Response decisionRefused(DecisionRefusedException e, HttpHeaders headers, UriInfo uri) {
        return switch (e.reason()) {
            case JUSTIFICATION_REQUIRED -> Problems.response(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("Une décision qui s'écarte de l'avis du Comité doit être justifiée par écrit",
                            "A decision that departs from the Comité's opinion needs a written justification"),
                    List.of(new FieldProblem("justification", "obligatoire quand la décision s'écarte de l'avis / required when "
                            + "the decision departs from the opinion")), "JUSTIFICATION_REQUIRED", headers, uri);
            case ANIMATOR_POST_MISSING -> Problems.response(ANIMATOR_POST_MISSING,
                    LocalizedText.of("Un cluster n'est validé qu'avec un poste d'animateur : déclarez-le d'abord",
                            "A cluster is validated only with an animateur post: state it first"),
                    List.of(), "ANIMATOR_POST_MISSING", headers, uri);
            case FUNDED_BENEFICIARY_MISSING -> Problems.response(FUNDED_BENEFICIARY_MISSING,
                    LocalizedText.of("Une grappe technologique ou un pôle de compétitivité n'est validé qu'avec le bénéficiaire du "
                                    + "financement déclaré dans le dossier jugé : déclarez-le, puis soumettez à nouveau",
                            "A technology grape or a competitiveness pole is validated only with the funded beneficiary stated "
                                    + "in the judged dossier: state it, then submit again"),
                    List.of(), "FUNDED_BENEFICIARY_MISSING", headers, uri);
            case NO_OPINION -> Problems.response(OPINION_MISSING,
                    LocalizedText.of("Le Comité n'a pas rendu d'avis sur la version actuelle du dossier",
                            "The Comité has issued no opinion on the dossier's current version"), List.of(), "NO_OPINION", headers, uri);
        };
    }

    static final ProblemType SUPPORT_REFUSED = new ProblemType("support-refused", 409,
            LocalizedText.of("Demande refusée par les règles de la politique", "Refused by the policy's rules"));

    @ServerExceptionMapper
    public Response supportRefused(SupportRefusedException e, HttpHeaders headers, UriInfo uri) {
        LocalizedText detail = switch (e.reason()) {
            case NOT_IN_VALIDATION_PHASE -> LocalizedText.of("L'aide à la préparation va aux clusters en préparation : un "
                    + "brouillon (volet sensibilisation ou validation) ou un dossier en phase de validation (soumis, pas encore décidé)",
                    "Preparation support goes to clusters in preparation: a draft (volet sensibilisation or validation) or a dossier "
                            + "in validation phase (submitted, not decided)");
            case AGREMENT_EXISTS -> LocalizedText.of("Le cluster a un agrément : c'est lui qui finance l'animateur",
                    "The cluster has an agrément: it funds the animateur");
            case PREPARATION_SUPPORT_EXISTS -> LocalizedText.of("Le cluster a déjà son aide à la préparation",
                    "The cluster already has its preparation support");
            case ANIMATOR_POST_MISSING -> LocalizedText.of("Déclarez d'abord le poste d'animateur", "State the animateur post first");
            case NO_CO_FUNDING -> LocalizedText.of("Le cluster ne reçoit aucun cofinancement (ni agrément, ni aide à la préparation)",
                    "The cluster receives no co-funding (no agrément, no preparation support)");
            case CORRECTION_REASON_REQUIRED -> LocalizedText.of("Une seconde déclaration pour la même année corrige la première : "
                    + "donnez la raison", "A second declaration for the same year corrects the first: give the reason");
            case NOT_VALIDATED -> LocalizedText.of("Seul un cluster validé peut être labellisé « phare »",
                    "Only a validated cluster can be labelled flagship");
        };
        if (e.reason() == SupportRefusedException.Reason.CORRECTION_REASON_REQUIRED) {
            return Problems.response(ProblemType.VALIDATION_FAILED, detail, List.of(new FieldProblem("reason",
                    "obligatoire pour une correction / required for a correction")), e.reason().name(), headers, uri);
        }
        return Problems.response(SUPPORT_REFUSED, detail, List.of(), e.reason().name(), headers, uri);
    }

    @ServerExceptionMapper
    public Response windowTooLong(PreparationWindowTooLongException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("L'aide à la préparation dure au plus %d mois : le dernier jour possible est le %s",
                        "Preparation support lasts at most %d months: the last possible day is %s")
                        .formatted(e.maxMonths(), e.lastAllowedDay()),
                List.of(new FieldProblem("endDate", "au plus le %s / at the latest %s".formatted(e.lastAllowedDay(), e.lastAllowedDay()))),
                "PREPARATION_WINDOW_TOO_LONG", headers, uri);
    }

    @ServerExceptionMapper
    public Response closed(DossierClosedException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(DOSSIER_CLOSED, LocalizedText.of("Le dossier est clôturé (%s)", "The dossier is closed (%s)")
                .formatted(e.status()), List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response notFound(DossierNotFoundException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(DOSSIER_NOT_FOUND,
                LocalizedText.of("Aucun dossier %s", "No dossier %s").formatted(e.id()), List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleDossierException e, HttpHeaders headers, UriInfo uri) {
        return ETags.staleVersion(LocalizedText.of("Le dossier a été modifié entre-temps (version actuelle %d) ; rechargez-le",
                        "The dossier was modified in the meantime (current version %d); reload it").formatted(e.currentVersion()),
                e.currentVersion(), headers, uri);
    }
}
