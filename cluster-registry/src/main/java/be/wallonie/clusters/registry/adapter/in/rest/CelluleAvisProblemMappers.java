package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.registry.application.port.in.CelluleAvisRevisionUnlockedException;
import be.wallonie.clusters.registry.application.port.in.SnapshotNotFoundException;
import be.wallonie.clusters.registry.application.port.in.StaleCelluleAvisException;
import be.wallonie.clusters.registry.domain.avis.AvisViolation;
import be.wallonie.clusters.registry.domain.avis.CelluleAvisRefusedException;
import be.wallonie.clusters.registry.domain.avis.InvalidCelluleAvisException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The Cellule avis' refusals as problem details. */
public class CelluleAvisProblemMappers {

    static final ProblemType AVIS_REFUSED = new ProblemType("cellule-avis-refused", 409,
            LocalizedText.of("Avis de la Cellule refusé", "Cellule avis refused"));

    @ServerExceptionMapper
    public Response invalid(InvalidCelluleAvisException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        List<FieldProblem> fields = e.violations().stream().map(v -> new FieldProblem(v.field(), message(v.code()).in(locale))).toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(ProblemType.VALIDATION_FAILED, LocalizedText.of("Avis de la Cellule invalide : %s",
                "Invalid Cellule avis: %s").formatted(names), fields, null, headers, uri);
    }

    static LocalizedText message(AvisViolation.Code code) {
        return switch (code) {
            case REQUIRED -> LocalizedText.of("obligatoire", "required");
            case TOO_LONG -> LocalizedText.of("trop long", "too long");
            case UNKNOWN_VALUE -> LocalizedText.of("valeur inconnue", "unknown value");
            case DUPLICATE -> LocalizedText.of("critère déjà évalué plus haut", "criterion already assessed above");
        };
    }

    @ServerExceptionMapper
    public Response refused(CelluleAvisRefusedException e, HttpHeaders headers, UriInfo uri) {
        LocalizedText detail = switch (e.reason()) {
            case NOT_SUBMITTED -> LocalizedText.of("Le dossier est un brouillon : la Cellule donne son avis sur un instantané soumis",
                    "The dossier is a draft: the Cellule gives its avis on a submitted snapshot");
            case NOT_UNDER_EVALUATION -> LocalizedText.of("Cet instantané n'est plus devant le Comité (remplacé par un plus récent, "
                    + "ou dossier décidé, retiré ou clôturé) : l'avis ne change plus", "This snapshot is no longer before the Comité "
                    + "(superseded by a newer one, or the dossier was decided, withdrawn or closed): the avis no longer changes");
            case FROZEN -> LocalizedText.of("Le panel du Comité est composé : l'avis de la Cellule sur cet instantané est figé",
                    "The Comité's panel is composed: the Cellule's avis on this snapshot is frozen");
        };
        return Problems.response(AVIS_REFUSED, detail, List.of(), e.reason().name(), headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleCelluleAvisException e, HttpHeaders headers, UriInfo uri) {
        return ETags.staleVersion(LocalizedText.of("L'avis a été révisé entre-temps (version actuelle %d) ; rechargez-le",
                "The avis was revised in the meantime (current version %d); reload it").formatted(e.currentVersion()),
                e.currentVersion(), headers, uri);
    }

    @ServerExceptionMapper
    public Response unlocked(CelluleAvisRevisionUnlockedException e, HttpHeaders headers, UriInfo uri) {
        Response problem = Problems.response(ProblemType.PRECONDITION_REQUIRED, LocalizedText.of(
                "Un avis existe (version %d) : pour le réviser, envoyez l'en-tête If-Match avec l'ETag de la version lue",
                "An avis exists (version %d): to revise it, send the If-Match header with the ETag of the version you read")
                .formatted(e.currentVersion()), List.of(), null, headers, uri);
        return Response.fromResponse(problem).tag(ETags.of(e.currentVersion())).build();
    }

    @ServerExceptionMapper
    public Response snapshotNotFound(SnapshotNotFoundException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(DossierContentResource.SNAPSHOT_NOT_FOUND, LocalizedText.of("Le dossier %s n'a pas d'instantané %d",
                "Dossier %s has no snapshot %d").formatted(e.dossier().value(), e.version()), List.of(), null, headers, uri);
    }
}
