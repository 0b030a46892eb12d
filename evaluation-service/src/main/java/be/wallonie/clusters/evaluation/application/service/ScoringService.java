package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.ExpertCaseAccess;
import be.wallonie.clusters.evaluation.application.port.in.Refusal;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.ConditionForm;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.GetOpinionQuery;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.IssueOpinionCommand;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.IssueOpinionUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.ReadScoresQuery;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.SaveScoresCommand;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.SaveScoresUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.ScoreForm;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.SubmitScoresUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.VisibleScores;
import be.wallonie.clusters.evaluation.application.port.out.LoadAutomaticAssessmentPort;
import be.wallonie.clusters.evaluation.application.port.out.LoadEvaluationCasePort;
import be.wallonie.clusters.evaluation.application.port.out.OpinionsPort;
import be.wallonie.clusters.evaluation.application.port.out.PanelsPort;
import be.wallonie.clusters.evaluation.application.port.out.PublishEvaluationEventsPort;
import be.wallonie.clusters.evaluation.application.port.out.SaveEvaluationCasePort;
import be.wallonie.clusters.evaluation.application.port.out.ScoreSheetsPort;
import be.wallonie.clusters.evaluation.domain.criteria.Criterion;
import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.evaluationcase.AutomaticAssessment;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import be.wallonie.clusters.evaluation.domain.panel.Panel;
import be.wallonie.clusters.evaluation.domain.panel.PanelMember;
import be.wallonie.clusters.evaluation.domain.panel.PanelRules;
import be.wallonie.clusters.evaluation.domain.scoring.Condition;
import be.wallonie.clusters.evaluation.domain.scoring.ConsensusPolicy;
import be.wallonie.clusters.evaluation.domain.scoring.CriterionScore;
import be.wallonie.clusters.evaluation.domain.scoring.Finding;
import be.wallonie.clusters.evaluation.domain.scoring.Opinion;
import be.wallonie.clusters.evaluation.domain.scoring.OpinionOutcomePolicy;
import be.wallonie.clusters.evaluation.domain.scoring.ScoreSheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Scoring by the panel's experts (0–5 and a reason per criterion of domain.md §2), the panel's consensus
 * ({@link ConsensusPolicy}) and the opinion ({@link OpinionOutcomePolicy}), published as OpinionIssued in the
 * transaction that stores it.
 */
@ApplicationScoped
public class ScoringService implements SaveScoresUseCase, SubmitScoresUseCase, ReadScoresQuery, IssueOpinionUseCase, GetOpinionQuery {

    private final ExpertCaseAccess access;
    private final LoadEvaluationCasePort cases;
    private final SaveEvaluationCasePort saveCases;
    private final LoadAutomaticAssessmentPort assessments;
    private final PanelsPort panels;
    private final ScoreSheetsPort sheets;
    private final OpinionsPort opinions;
    private final PublishEvaluationEventsPort events;
    private final ConsensusPolicy consensus;
    private final OpinionOutcomePolicy outcomePolicy;
    private final PanelRules panelRules;
    private final Clock clock;

    public ScoringService(ExpertCaseAccess access, LoadEvaluationCasePort cases, SaveEvaluationCasePort saveCases,
            LoadAutomaticAssessmentPort assessments,
            PanelsPort panels, ScoreSheetsPort sheets, OpinionsPort opinions, PublishEvaluationEventsPort events,
            ConsensusPolicy consensus, OpinionOutcomePolicy outcomePolicy, PanelRules panelRules, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.saveCases = saveCases;
        this.assessments = assessments;
        this.panels = panels;
        this.sheets = sheets;
        this.opinions = opinions;
        this.events = events;
        this.consensus = consensus;
        this.outcomePolicy = outcomePolicy;
        this.panelRules = panelRules;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ScoreSheet saveScores(SaveScoresCommand c) {
        access.requireDossierAccess(c.caseId(), c.userId());
        requireOpen(c.caseId());
        UUID expertId = access.expertOf(c.userId());
        List<CriterionScore> scores = validScores(c.scores());
        Instant now = clock.instant();
        Optional<ScoreSheet> current = sheets.currentSheet(c.caseId(), expertId);
        if (current.isPresent()) {
            ScoreSheet s = current.get();
            if (s.submitted()) {
                throw alreadySubmitted();
            }
            if (c.expectedVersion() != null && c.expectedVersion() != s.version()) {
                throw Refusal.stale("La grille de scores / The score sheet", c.expectedVersion(), s.version());
            }
            return sheets.saveSheet(s.withScores(scores, now));
        }
        if (c.expectedVersion() != null && c.expectedVersion() != 0) {
            throw Refusal.stale("La grille de scores / The score sheet", c.expectedVersion(), 0);
        }
        return sheets.saveSheet(new ScoreSheet(UUID.randomUUID(), c.caseId(), expertId, scores, now, null, null, null, 0));
    }

    @Override
    @Transactional
    public ScoreSheet submitScores(UUID caseId, String userId) {
        access.requireDossierAccess(caseId, userId);
        requireOpen(caseId);
        UUID expertId = access.expertOf(userId);
        ScoreSheet s = sheets.currentSheet(caseId, expertId).orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "NO_SCORES",
                new LocalizedText("Enregistrez d'abord vos scores (PUT …/scores/mine)", "Save your scores first (PUT …/scores/mine)")));
        if (s.submitted()) {
            throw alreadySubmitted();
        }
        return sheets.saveSheet(s.submit(clock.instant()));
    }

    @Override
    public Optional<ScoreSheet> myScores(UUID caseId, String userId) {
        access.requireDossierAccess(caseId, userId);
        return sheets.currentSheet(caseId, access.expertOf(userId));
    }

    @Override
    public List<ScoreSheet> allScores(UUID caseId) {
        panel(caseId);
        return sheets.sheetsOfCase(caseId);
    }

    @Override
    public VisibleScores scoresForExpert(UUID caseId, String userId) {
        access.requireDossierAccess(caseId, userId);
        UUID expertId = access.expertOf(userId);
        Optional<ScoreSheet> mine = sheets.currentSheet(caseId, expertId);
        if (mine.isEmpty() || !mine.get().submitted()) {
            // the others' scores stay hidden until the expert's own are submitted (issue #4)
            return new VisibleScores(mine.stream().toList(), false);
        }
        return new VisibleScores(sheets.sheetsOfCase(caseId).stream()
                .filter(s -> !s.voided() && (s.submitted() || s.expertId().equals(expertId))).toList(), true);
    }

    @Override
    @Transactional
    public Opinion issueOpinion(IssueOpinionCommand c) {
        // serialized per case with the panel's composition and the conflict sweep: no sheet is voided while counted
        panels.lockCase(c.caseId());
        EvaluationCase evaluationCase = cases.loadCase(c.caseId()).orElseThrow(() -> PanelService.caseNotFound(c.caseId()));
        requireOpen(c.caseId());
        List<Condition> conditions = validConditions(c.conditions());
        Panel panel = panel(c.caseId());
        List<ScoreSheet> current = sheets.sheetsOfCase(c.caseId()).stream().filter(s -> !s.voided()).toList();
        List<UUID> pending = panel.active().stream().map(PanelMember::expertId)
                .filter(id -> current.stream().noneMatch(s -> s.expertId().equals(id) && s.submitted())).toList();
        if (panel.active().size() < panelRules.size() || !pending.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "PANEL_NOT_DONE", new LocalizedText(
                    "Le panel compte %d expert(s) actif(s) sur %d et %d n'ont pas soumis leurs scores"
                            .formatted(panel.active().size(), panelRules.size(), pending.size()),
                    "The panel has %d active expert(s) of %d and %d have not submitted their scores"
                            .formatted(panel.active().size(), panelRules.size(), pending.size())));
        }
        List<ScoreSheet> counted = current.stream().filter(s -> panel.seats(s.expertId())).toList();
        List<Finding> findings = consensus.findings(counted);
        List<Refusal.Violation> misplaced = outcomePolicy.conditionsOnMetCriteria(findings, conditions).stream()
                .map(i -> new Refusal.Violation("conditions[" + i + "].criterion", new LocalizedText(
                        "ce critère est rempli selon le consensus du panel : une condition ne porte que sur un critère non rempli (ou aucun)",
                        "the panel's consensus finds this criterion met: a condition answers an unmet criterion (or none)")))
                .toList();
        if (!misplaced.isEmpty()) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, "CONDITION_ON_MET_CRITERION", new LocalizedText(
                    "%d condition(s) sur un critère rempli".formatted(misplaced.size()),
                    "%d condition(s) on a met criterion".formatted(misplaced.size())), misplaced, null);
        }
        OpinionOutcomePolicy.Decision decision = outcomePolicy.decide(findings, conditions);
        // every case is assessed as it opens (same transaction): without it the opinion could not say which policy it applied
        String policyVersion = assessments.loadAutomaticAssessment(c.caseId()).map(AutomaticAssessment::assessment)
                .map(a -> a.policyVersion()).orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "NO_AUTOMATIC_ASSESSMENT",
                        new LocalizedText("Ce dossier n'a pas d'évaluation automatique : l'avis ne peut dire quelle version des critères il applique",
                                "This case has no automatic assessment: the opinion could not say which criteria policy version it applies")));
        Opinion opinion = new Opinion(UUID.randomUUID(), c.caseId(), decision.outcome(), findings, decision.conditions(),
                decision.unmet(), policyVersion, consensus.method().name() + ">=" + consensus.metThreshold().toPlainString(),
                clock.instant(), c.issuedBy());
        if (!opinions.saveOpinion(opinion)) {
            throw opinionAlreadyIssued();
        }
        saveCases.changeStatus(c.caseId(), EvaluationCase.CaseStatus.OPEN, EvaluationCase.CaseStatus.OPINION_ISSUED);
        events.opinionIssued(evaluationCase, opinion);
        return opinion;
    }

    @Override
    public Optional<Opinion> opinion(UUID caseId) {
        panel(caseId);
        return opinions.opinionOfCase(caseId);
    }

    private Panel panel(UUID caseId) {
        return panels.loadPanel(caseId).orElseThrow(() -> PanelService.caseNotFound(caseId));
    }

    private void requireOpen(UUID caseId) {
        if (opinions.opinionOfCase(caseId).isPresent()) {
            throw opinionAlreadyIssued();
        }
        cases.loadCase(caseId).ifPresent(PanelService::requireLiveRound);
    }

    private static Refusal opinionAlreadyIssued() {
        return new Refusal(Refusal.Kind.CONFLICT, "OPINION_ALREADY_ISSUED", new LocalizedText(
                "L'avis sur ce dossier est déjà rendu", "The opinion on this case is already issued"));
    }

    private static Refusal alreadySubmitted() {
        return new Refusal(Refusal.Kind.CONFLICT, "SCORES_ALREADY_SUBMITTED", new LocalizedText(
                "Vos scores sont soumis : ils ne changent plus", "Your scores are submitted: they no longer change"));
    }

    /** Every criterion of domain.md §2 once, a score 0–5, a non-blank reason; every offending field named. */
    static List<CriterionScore> validScores(List<ScoreForm> forms) {
        List<Refusal.Violation> v = new ArrayList<>();
        List<CriterionScore> scores = new ArrayList<>();
        List<ScoreForm> list = forms == null ? List.of() : forms;
        for (int i = 0; i < list.size(); i++) {
            ScoreForm f = list.get(i);
            String at = "scores[" + i + "].";
            Optional<Criterion> criterion = criterion(f == null ? null : f.criterion());
            if (criterion.isEmpty()) {
                v.add(new Refusal.Violation(at + "criterion", new LocalizedText("critère inconnu ; valeurs permises : " + criteria(),
                        "unknown criterion; allowed values: " + criteria())));
            }
            if (f == null || f.score() == null || f.score() < CriterionScore.MIN || f.score() > CriterionScore.MAX) {
                v.add(new Refusal.Violation(at + "score", new LocalizedText("nombre entier de 0 à 5 attendu", "whole number from 0 to 5 expected")));
            }
            if (f == null || f.reason() == null || f.reason().isBlank()) {
                v.add(new Refusal.Violation(at + "reason", new LocalizedText("obligatoire : la raison écrite du score",
                        "required: the written reason of the score")));
            }
            if (v.isEmpty()) {
                scores.add(new CriterionScore(criterion.get(), f.score(), f.reason().strip()));
            }
        }
        if (v.isEmpty()) {
            for (String problem : ScoreSheet.incompleteness(scores)) {
                v.add(new Refusal.Violation("scores", new LocalizedText(
                        problem.replace("scored more than once", "noté plus d'une fois").replace("not scored", "non noté"), problem)));
            }
        }
        if (!v.isEmpty()) {
            throw Refusal.invalid(v);
        }
        return scores;
    }

    static List<Condition> validConditions(List<ConditionForm> forms) {
        List<Refusal.Violation> v = new ArrayList<>();
        List<Condition> out = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            ConditionForm f = forms.get(i);
            String at = "conditions[" + i + "].";
            Optional<Criterion> criterion = criterion(f == null ? null : f.criterion());
            boolean general = f == null || f.criterion() == null || f.criterion().isBlank();
            if (!general && criterion.isEmpty()) {
                v.add(new Refusal.Violation(at + "criterion", new LocalizedText("critère inconnu ; valeurs permises : " + criteria(),
                        "unknown criterion; allowed values: " + criteria())));
            }
            if (f == null || f.text() == null || f.text().isBlank()) {
                v.add(new Refusal.Violation(at + "text", new LocalizedText("obligatoire : ce qui est exigé", "required: what is required")));
            }
            if (v.isEmpty()) {
                out.add(new Condition(general ? null : criterion.get(), f.text().strip()));
            }
        }
        if (!v.isEmpty()) {
            throw Refusal.invalid(v);
        }
        return out;
    }

    private static Optional<Criterion> criterion(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Set<String> names = Arrays.stream(Criterion.values()).map(Enum::name).collect(Collectors.toSet());
        String n = name.strip().toUpperCase(Locale.ROOT);
        return names.contains(n) ? Optional.of(Criterion.valueOf(n)) : Optional.empty();
    }

    private static String criteria() {
        return Arrays.toString(Criterion.values());
    }
}
