package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.in.CreatePolicyEvaluationCommand;
import be.wallonie.clusters.evaluation.application.port.in.CreatePolicyEvaluationUseCase;
import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.in.ReadPolicyEvaluationsQuery;
import be.wallonie.clusters.evaluation.application.port.in.RecordPolicyFactUseCase;
import be.wallonie.clusters.evaluation.application.port.out.LoadPolicyEvaluationPort;
import be.wallonie.clusters.evaluation.application.port.out.LoadPolicyFactsPort;
import be.wallonie.clusters.evaluation.application.port.out.SavePolicyEvaluationPort;
import be.wallonie.clusters.evaluation.application.port.out.SavePolicyFactPort;
import be.wallonie.clusters.evaluation.domain.policy.EvaluationPeriod;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluation;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts;
import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The policy evaluation: an event-fed projection of what the Comité learns (dossiers, opinions, decisions,
 * agréments, funding, follow-up) and the reports computed from it, independent of the Comité's own case tables.
 */
@ApplicationScoped
public class PolicyEvaluationService implements RecordPolicyFactUseCase, CreatePolicyEvaluationUseCase, ReadPolicyEvaluationsQuery {

    private final SavePolicyFactPort facts;
    private final LoadPolicyFactsPort loadFacts;
    private final SavePolicyEvaluationPort save;
    private final LoadPolicyEvaluationPort load;
    private final PolicyEvaluation evaluation;
    private final Clock clock;

    public PolicyEvaluationService(SavePolicyFactPort facts, LoadPolicyFactsPort loadFacts, SavePolicyEvaluationPort save,
            LoadPolicyEvaluationPort load, PolicyEvaluation evaluation, Clock clock) {
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
    @Transactional
    public StoredPolicyEvaluation createPolicyEvaluation(CreatePolicyEvaluationCommand c) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(evaluation.zone()).toLocalDate();
        EvaluationPeriod period = evaluation.period(c.from(), c.to(), today);
        StoredPolicyEvaluation stored = new StoredPolicyEvaluation(UUID.randomUUID(), now, c.requestedBy(),
                evaluation.report(period, loadFacts.loadPolicyFacts()));
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
}
