package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.ComposePanelCommand;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.ComposePanelUseCase;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.ExpertCaseAccess;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.GetPanelQuery;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.NoConflictDeclaration;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.ProposePanelQuery;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.SignNoConflictCommand;
import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.SignNoConflictUseCase;
import be.wallonie.clusters.evaluation.application.port.in.Refusal;
import be.wallonie.clusters.evaluation.application.port.out.ExpertsPort;
import be.wallonie.clusters.evaluation.application.port.out.LoadEvaluationCasePort;
import be.wallonie.clusters.evaluation.application.port.out.NoConflictDeclarationsPort;
import be.wallonie.clusters.evaluation.application.port.out.OpinionsPort;
import be.wallonie.clusters.evaluation.application.port.out.PanelsPort;
import be.wallonie.clusters.evaluation.application.port.out.PublishEvaluationEventsPort;
import be.wallonie.clusters.evaluation.application.port.out.ScoreSheetsPort;
import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import be.wallonie.clusters.evaluation.domain.expert.Conflict;
import be.wallonie.clusters.evaluation.domain.expert.Expert;
import be.wallonie.clusters.evaluation.domain.panel.Candidate;
import be.wallonie.clusters.evaluation.domain.panel.Panel;
import be.wallonie.clusters.evaluation.domain.panel.PanelCompositionPolicy;
import be.wallonie.clusters.evaluation.domain.panel.PanelMember;
import be.wallonie.clusters.evaluation.domain.panel.PanelViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Panels (domain.md §4): the secretariat composes one per case, checked against {@link PanelCompositionPolicy};
 * an automatic proposal balances the experts' load; experts on the panel sign a no-conflict declaration for the
 * dossier before they may read it.
 */
@ApplicationScoped
public class PanelService implements ComposePanelUseCase, ProposePanelQuery, GetPanelQuery, SignNoConflictUseCase, ExpertCaseAccess {

    private final LoadEvaluationCasePort cases;
    private final PanelsPort panels;
    private final ExpertsPort experts;
    private final ScoreSheetsPort sheets;
    private final OpinionsPort opinions;
    private final NoConflictDeclarationsPort noConflict;
    private final ConflictOfInterestService conflicts;
    private final PanelCompositionPolicy policy;
    private final Clock clock;
    private final PublishEvaluationEventsPort events;
    private final CelluleAvisService celluleAvis;

    public PanelService(LoadEvaluationCasePort cases, PanelsPort panels, ExpertsPort experts, ScoreSheetsPort sheets,
            OpinionsPort opinions, NoConflictDeclarationsPort noConflict, ConflictOfInterestService conflicts,
            PanelCompositionPolicy policy, Clock clock, PublishEvaluationEventsPort events, CelluleAvisService celluleAvis) {
        this.events = events;
        this.celluleAvis = celluleAvis;
        this.cases = cases;
        this.panels = panels;
        this.experts = experts;
        this.sheets = sheets;
        this.opinions = opinions;
        this.noConflict = noConflict;
        this.conflicts = conflicts;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Panel composePanel(ComposePanelCommand c) {
        panels.lockCase(c.caseId());
        Panel current = panel(c.caseId());
        Optional<EvaluationCase> evaluationCase = cases.loadCase(c.caseId());
        evaluationCase.ifPresent(PanelService::requireLiveRound);
        if (opinions.opinionOfCase(c.caseId()).isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "OPINION_ALREADY_ISSUED", new LocalizedText(
                    "L'avis est rendu : le panel ne change plus", "The opinion is issued: the panel no longer changes"));
        }
        if (current.version() != c.expectedVersion()) {
            throw Refusal.stale("Le panel / The panel", c.expectedVersion(), current.version());
        }
        Set<UUID> seen = new HashSet<>();
        List<UUID> duplicates = c.expertIds().stream().filter(id -> !seen.add(id)).distinct().toList();
        List<UUID> distinct = new ArrayList<>(new LinkedHashSet<>(c.expertIds()));
        Map<UUID, Expert> found = experts.loadExperts(distinct).stream().collect(Collectors.toMap(Expert::id, Function.identity()));
        List<UUID> unknown = distinct.stream().filter(id -> !found.containsKey(id)).toList();
        List<Candidate> candidates = candidates(distinct.stream().filter(found::containsKey).map(found::get).toList());
        List<PanelViolation> violations = policy.check(candidates, unknown, duplicates, current.focusDomain());
        if (!violations.isEmpty()) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, "PANEL_RULES_BROKEN", new LocalizedText(
                    "Composition refusée : %d règle(s) non respectée(s)".formatted(violations.size()),
                    "Composition refused: %d rule(s) broken".formatted(violations.size())),
                    violations.stream().map(v -> new Refusal.Violation(v.rule().name(), v.message())).toList(), null);
        }
        Instant now = clock.instant();
        Set<UUID> wanted = new HashSet<>(distinct);
        List<PanelMember> removed = new ArrayList<>();
        for (PanelMember m : current.active()) {
            if (!wanted.contains(m.expertId())) {
                removed.add(m.remove(now, c.composedBy(), PanelMember.REPLACED, new LocalizedText(
                        "Retiré du panel par le secrétariat", "Removed from the panel by the secretariat")));
                sheets.voidSheet(c.caseId(), m.expertId(), now, PanelMember.REPLACED + ": removed from the panel by the secretariat");
            }
        }
        List<PanelMember> appointed = distinct.stream().filter(id -> !current.seats(id))
                .map(id -> PanelMember.appoint(c.caseId(), id, now, c.composedBy())).toList();
        Panel composed = panels.changePanel(c.caseId(), c.expectedVersion(), appointed, removed);
        // the Cellule's avis the panel reads is frozen at the first composition; the registry is told in this transaction
        if (!composed.active().isEmpty()) {
            evaluationCase.ifPresent(ec -> events.panelComposed(ec, composed.active().size(), celluleAvis.freezeAtComposition(ec, now)));
        }
        return composed;
    }

    @Override
    public PanelCompositionPolicy.Proposal proposePanel(UUID caseId) {
        Panel current = panel(caseId);
        return policy.propose(candidates(experts.loadAllExperts()), current.focusDomain());
    }

    @Override
    public Panel panel(UUID caseId) {
        return panels.loadPanel(caseId).orElseThrow(() -> caseNotFound(caseId));
    }

    /**
     * A superseded, withdrawn or returned round is kept as a record only: its panel, scores and opinion no longer change.
     * (A round with an opinion is refused by the callers with OPINION_ALREADY_ISSUED.)
     */
    static void requireLiveRound(EvaluationCase evaluationCase) {
        switch (evaluationCase.status()) {
            case SUPERSEDED -> throw new Refusal(Refusal.Kind.CONFLICT, "ROUND_SUPERSEDED", new LocalizedText(
                    "Ce tour d'évaluation est remplacé par celui d'un instantané plus récent du dossier : il ne change plus",
                    "This evaluation round is superseded by the round of a newer snapshot of the dossier: it no longer changes"));
            case WITHDRAWN -> throw new Refusal(Refusal.Kind.CONFLICT, "ROUND_WITHDRAWN", new LocalizedText(
                    "Le dossier a été retiré : ce tour d'évaluation est clos et ne change plus",
                    "The dossier was withdrawn: this evaluation round is closed and no longer changes"));
            case RETURNED -> throw new Refusal(Refusal.Kind.CONFLICT, "ROUND_RETURNED", new LocalizedText(
                    "Le dossier a été renvoyé pour complément : ce tour d'évaluation est clos, une nouvelle soumission en ouvrira un autre",
                    "The dossier was returned for completion: this evaluation round is closed, a new submission will open another"));
            default -> {
            }
        }
    }

    @Override
    @Transactional
    public NoConflictDeclaration signNoConflict(SignNoConflictCommand c) {
        UUID expertId = expertOf(c.userId());
        Panel p = panel(c.caseId());
        if (!p.seats(expertId)) {
            throw caseNotFound(c.caseId());
        }
        if (c.statement() == null || c.statement().isBlank()) {
            throw Refusal.invalid(List.of(new Refusal.Violation("statement", new LocalizedText(
                    "obligatoire : le texte de l'affirmation signée", "required: the text of the signed affirmation"))));
        }
        List<Conflict> detected = conflicts.conflictsOf(experts.loadExpert(expertId).orElseThrow());
        if (!detected.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "CONFLICT_OF_INTEREST", new LocalizedText(
                    "Conflit d'intérêts détecté : " + detected.get(0).describeFr(),
                    "Conflict of interest detected: " + detected.get(0).describeEn()));
        }
        if (noConflict.noConflictDeclaration(c.caseId(), expertId).isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "ALREADY_DECLARED", new LocalizedText(
                    "Déclaration d'absence de conflit déjà signée pour ce dossier", "No-conflict declaration already signed for this case"));
        }
        NoConflictDeclaration d = new NoConflictDeclaration(UUID.randomUUID(), c.caseId(), expertId, c.userId(), clock.instant(),
                c.statement().strip());
        noConflict.saveNoConflictDeclaration(d);
        return d;
    }

    @Override
    public UUID expertOf(String userId) {
        return experts.loadExpertOfUser(userId).map(Expert::id).orElseThrow(() -> new Refusal(Refusal.Kind.FORBIDDEN,
                "NOT_AN_EXPERT", new LocalizedText("Votre compte n'est lié à aucun expert du Comité",
                        "Your account is linked to no expert of the Comité")));
    }

    @Override
    public List<EvaluationCase> casesAssignedTo(String userId) {
        UUID expertId = expertOf(userId);
        return cases.loadCases(panels.casesSeating(expertId));
    }

    @Override
    public void requirePanelSeat(UUID caseId, String userId) {
        UUID expertId = expertOf(userId);
        if (!panels.loadPanel(caseId).map(p -> p.seats(expertId)).orElse(false)) {
            throw caseNotFound(caseId);
        }
    }

    @Override
    public void requireDossierAccess(UUID caseId, String userId) {
        requirePanelSeat(caseId, userId);
        UUID expertId = expertOf(userId);
        List<Conflict> detected = conflicts.conflictsOf(experts.loadExpert(expertId).orElseThrow());
        if (!detected.isEmpty()) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "CONFLICT_OF_INTEREST", new LocalizedText(
                    "Conflit d'intérêts détecté : " + detected.get(0).describeFr(),
                    "Conflict of interest detected: " + detected.get(0).describeEn()));
        }
        if (noConflict.noConflictDeclaration(caseId, expertId).isEmpty()) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "NO_CONFLICT_DECLARATION_REQUIRED", new LocalizedText(
                    "Signez d'abord la déclaration d'absence de conflit d'intérêts pour ce dossier",
                    "First sign the no-conflict declaration for this case"));
        }
    }

    private List<Candidate> candidates(List<Expert> list) {
        Map<UUID, List<Conflict>> cs = conflicts.conflictsOf(list);
        Map<UUID, List<UUID>> seats = panels.openSeatsOf(list.stream().map(Expert::id).toList());
        return list.stream().map(e -> new Candidate(e, cs.get(e.id()), seats.getOrDefault(e.id(), List.of()).size())).toList();
    }

    static Refusal caseNotFound(UUID caseId) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "EVALUATION_CASE_NOT_FOUND", new LocalizedText(
                "Aucun dossier d'évaluation %s".formatted(caseId), "No evaluation case %s".formatted(caseId)));
    }
}
