package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.rest.ETags;
import be.wallonie.clusters.registry.application.port.in.StaleMembershipException;
import be.wallonie.clusters.registry.domain.membership.InvalidMembershipEntryException;
import be.wallonie.clusters.registry.domain.membership.MembershipRefusedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The membership ledger's refusals as problem details; nothing was recorded. */
public class MembershipProblemMappers {

    static final ProblemType MEMBERSHIP_REFUSED = new ProblemType("membership-refused", 409,
            LocalizedText.of("Changement de membres refusé", "Membership change refused"));

    @ServerExceptionMapper
    public Response invalid(InvalidMembershipEntryException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        List<FieldProblem> fields = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), LocalizedText.of(v.code().fr(), v.code().en()).in(locale))).toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(ProblemType.VALIDATION_FAILED, LocalizedText.of("Entrée de membres invalide : %s",
                "Invalid membership entry: %s").formatted(names), fields, null, headers, uri);
    }

    @ServerExceptionMapper
    public Response refused(MembershipRefusedException e, HttpHeaders headers, UriInfo uri) {
        String day = e.day() == null ? "" : e.day().toString();
        LocalizedText detail = switch (e.reason()) {
            case NOT_A_RECOGNISED_CLUSTER -> LocalizedText.of("Seul un cluster validé (avec un agrément) tient un registre de ses "
                    + "membres", "Only a validated cluster (with an agrément) keeps a register of its members");
            case BEFORE_AGREMENT -> LocalizedText.of("Le %s précède le début du premier agrément du cluster",
                    "%s is before the start of the cluster's first agrément").formatted(day);
            case AFTER_AGREMENT -> LocalizedText.of("Le %s suit la fin du dernier agrément du cluster",
                    "%s is after the end of the cluster's last agrément").formatted(day);
            case IN_THE_FUTURE -> LocalizedText.of("Le %s est dans le futur : on n'enregistre que des faits survenus",
                    "%s is in the future: only facts that happened are recorded").formatted(day);
            case ALREADY_A_MEMBER -> LocalizedText.of("Cette organisation est déjà membre le %s (deux adhésions ne se chevauchent pas)",
                    "This organisation is already a member on %s (memberships do not overlap)").formatted(day);
            case NOT_A_MEMBER -> LocalizedText.of("Cette organisation n'est pas membre le %s", "This organisation is not a member on %s")
                    .formatted(day);
            case LEAVE_NOT_AFTER_JOIN -> LocalizedText.of("Un départ suit l'adhésion d'au moins un jour (départ le %s)",
                    "A leave follows its join by at least one day (leave on %s)").formatted(day);
            case CORE_GROUP_WITHOUT_ENTERPRISE -> LocalizedText.of("Le noyau dur n'aurait plus aucune entreprise le %s : il en garde au "
                    + "moins une", "The core group would have no enterprise left on %s: it keeps at least one").formatted(day);
            case ENTRY_NOT_CORRECTABLE -> LocalizedText.of("Aucune adhésion ou aucun départ non annulé de ce cluster n'a cet "
                    + "identifiant", "No join or leave of this cluster, not voided, has this id");
        };
        List<FieldProblem> fields = new ArrayList<>();
        switch (e.reason()) {
            case BEFORE_AGREMENT, AFTER_AGREMENT, IN_THE_FUTURE, LEAVE_NOT_AFTER_JOIN -> fields.add(new FieldProblem("day",
                    detail.in(Problems.locale(headers))));
            case ALREADY_A_MEMBER, NOT_A_MEMBER, CORE_GROUP_WITHOUT_ENTERPRISE -> fields.add(new FieldProblem("organisationId",
                    e.organisationId() == null ? "" : e.organisationId().toString()));
            case ENTRY_NOT_CORRECTABLE -> fields.add(new FieldProblem("entryId", detail.in(Problems.locale(headers))));
            case NOT_A_RECOGNISED_CLUSTER -> {
            }
        }
        return Problems.response(MEMBERSHIP_REFUSED, detail, fields, e.reason().name(), headers, uri);
    }

    @ServerExceptionMapper
    public Response stale(StaleMembershipException e, HttpHeaders headers, UriInfo uri) {
        return ETags.staleVersion(LocalizedText.of("Les membres ont changé entre-temps (version actuelle %d) ; rechargez-les",
                "The membership changed in the meantime (current version %d); reload it").formatted(e.currentVersion()),
                e.currentVersion(), headers, uri);
    }
}
