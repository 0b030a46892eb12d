package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.in.CreatePolicyEvaluationCommand;
import be.wallonie.clusters.evaluation.application.port.in.CreatePolicyEvaluationUseCase;
import be.wallonie.clusters.evaluation.application.port.in.FinalisePolicyEvaluationUseCase;
import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.in.ReadPolicyEvaluationsQuery;
import be.wallonie.clusters.evaluation.application.port.in.RecordPolicyFactUseCase;
import be.wallonie.clusters.evaluation.application.port.in.Refusal;
import be.wallonie.clusters.evaluation.application.port.in.WritePolicyEvaluationFindingsUseCase;
import be.wallonie.clusters.evaluation.application.port.out.LoadPolicyEvaluationPort;
import be.wallonie.clusters.evaluation.application.port.out.LoadPolicyFactsPort;
import be.wallonie.clusters.evaluation.application.port.out.PolicyEvaluationFindingsPort;
import be.wallonie.clusters.evaluation.application.port.out.SavePolicyEvaluationPort;
import be.wallonie.clusters.evaluation.application.port.out.SavePolicyFactPort;
import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.policy.EvaluationPeriod;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluation;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationFindings;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts;
import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The policy evaluation: an event-fed projection of what the Comité learns (dossiers, opinions, decisions,
 * agréments, funding, follow-up) and the reports computed from it, independent of the Comité's own case tables.
 */
@ApplicationScoped
public class PolicyEvaluationService implements RecordPolicyFactUseCase, CreatePolicyEvaluationUseCase, ReadPolicyEvaluationsQuery,
        WritePolicyEvaluationFindingsUseCase, FinalisePolicyEvaluationUseCase {

    private final SavePolicyFactPort facts;
    private final LoadPolicyFactsPort loadFacts;
    private final SavePolicyEvaluationPort save;
    private final LoadPolicyEvaluationPort load;
    private final PolicyEvaluation evaluation;
    private final Clock clock;
    private final PolicyEvaluationFindingsPort findings;

    public PolicyEvaluationService(SavePolicyFactPort facts, LoadPolicyFactsPort loadFacts, SavePolicyEvaluationPort save,
            LoadPolicyEvaluationPort load, PolicyEvaluation evaluation, Clock clock, PolicyEvaluationFindingsPort findings) {
        this.findings = findings;
        this.facts = facts;
        this.loadFacts = loadFacts;
        this.save = save;
        this.load = load;
        this.evaluation = evaluation;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSubmission(PolicyFacts.Submission submission) {
        facts.saveSubmission(submission, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOpinion(PolicyFacts.Opinion opinion) {
        facts.saveOpinion(opinion, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordDecision(PolicyFacts.Decision decision) {
        facts.saveDecision(decision, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAgrement(PolicyFacts.AgrementFact agrement) {
        facts.saveAgrement(agrement, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFundingSchedule(PolicyFacts.FundingSchedule schedule) {
        facts.saveFundingSchedule(schedule, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFollowUpReport(PolicyFacts.FollowUpReport report) {
        facts.saveFollowUpReport(report, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAccompanimentAct(PolicyFacts.AccompanimentAct act) {
        facts.saveAccompanimentAct(act, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAccompaniedProject(PolicyFacts.AccompaniedProject project) {
        facts.saveAccompaniedProject(project, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordCelluleAvis(PolicyFacts.CelluleAvis avis) {
        facts.saveCelluleAvis(avis, clock.instant());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordPayment(PolicyFacts.Payment payment) {
        facts.savePayment(payment, clock.instant());
    }

    @Override
    @Transactional
    public StoredPolicyEvaluation createPolicyEvaluation(CreatePolicyEvaluationCommand c) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(evaluation.zone()).toLocalDate();
        EvaluationPeriod period = evaluation.period(c.from(), c.to(), today);
        StoredPolicyEvaluation stored = new StoredPolicyEvaluation(UUID.randomUUID(), now, c.requestedBy(),
                evaluation.report(period, loadFacts.loadPolicyFacts(), today));
        save.savePolicyEvaluation(stored);
        return stored;
    }

    @Override
    public Page<StoredPolicyEvaluation> policyEvaluations(int page, int size) {
        return load.loadPolicyEvaluations(page, size);
    }

    @Override
    public Optional<StoredPolicyEvaluation> policyEvaluation(UUID id) {
        return load.loadPolicyEvaluation(id);
    }

    @Override
    public Optional<PolicyEvaluationFindings> findings(UUID id) {
        return findings.loadFindings(id, false);
    }

    @Override
    public Optional<Page<PolicyEvaluationFindings.HistoryEntry>> findingsHistory(UUID id, int page, int size) {
        return findings.loadFindings(id, false).map(f -> findings.findingsHistory(id, page, size));
    }

    @Override
    @Transactional
    public PolicyEvaluationFindings writeFindings(WritePolicyEvaluationFindingsCommand c) {
        PolicyEvaluationFindings current = current(c.evaluationId());
        PolicyEvaluationFindings next = refusing(c.expectedVersion(), () -> current.write(c.expectedVersion(), c.findings(), c.recommendations(),
                c.writtenBy(), clock.instant()));
        findings.saveFindings(next, PolicyEvaluationFindings.Action.WRITTEN);
        return next;
    }

    @Override
    @Transactional
    public PolicyEvaluationFindings finalisePolicyEvaluation(FinalisePolicyEvaluationCommand c) {
        PolicyEvaluationFindings current = current(c.evaluationId());
        PolicyEvaluationFindings next = refusing(c.expectedVersion(), () -> current.finalise(c.expectedVersion(), c.finalisedBy(), clock.instant()));
        findings.saveFindings(next, PolicyEvaluationFindings.Action.FINALISED);
        return next;
    }

    private PolicyEvaluationFindings current(UUID id) {
        return findings.loadFindings(id, true).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "POLICY_EVALUATION_NOT_FOUND",
                new LocalizedText("Aucune évaluation de la politique %s".formatted(id), "No policy evaluation %s".formatted(id))));
    }

    /** The domain's refusal as the use case's: nothing was changed. */
    private static PolicyEvaluationFindings refusing(long expected, Supplier<PolicyEvaluationFindings> change) {
        try {
            return change.get();
        } catch (PolicyEvaluationFindings.ChangeRefused e) {
            throw switch (e.reason()) {
                case STALE -> new Refusal(Refusal.Kind.STALE, "STALE_VERSION", new LocalizedText(
                        "Les constats ont changé : version %d attendue, version actuelle %d".formatted(expected, e.currentVersion()),
                        "The findings changed: version %d expected, current version %d".formatted(expected, e.currentVersion())),
                        List.of(), e.currentVersion());
                case FINAL -> new Refusal(Refusal.Kind.CONFLICT, "POLICY_EVALUATION_FINAL", new LocalizedText(
                        "L'évaluation est définitive : ses constats et recommandations ne changent plus",
                        "The evaluation is final: its findings and recommendations no longer change"), List.of(), e.currentVersion());
                case NO_FINDINGS -> new Refusal(Refusal.Kind.CONFLICT, "POLICY_EVALUATION_WITHOUT_FINDINGS", new LocalizedText(
                        "Rédigez les constats avant de rendre l'évaluation définitive",
                        "Write the findings before marking the evaluation final"), List.of(), e.currentVersion());
                case EMPTY -> Refusal.invalid(List.of(new Refusal.Violation("findings", new LocalizedText(
                        "constats ou recommandations requis, en français et/ou en anglais",
                        "findings or recommendations required, in French and/or English"))));
                case TOO_LONG -> Refusal.invalid(List.of(new Refusal.Violation("findings", new LocalizedText(
                        "%d caractères au plus par texte".formatted(PolicyEvaluationFindings.MAX_TEXT_LENGTH),
                        "at most %d characters per text".formatted(PolicyEvaluationFindings.MAX_TEXT_LENGTH)))));
            };
        }
    }
}
