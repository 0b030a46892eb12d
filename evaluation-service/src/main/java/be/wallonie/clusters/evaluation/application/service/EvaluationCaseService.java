package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.in.AssessDossierCommand;
import be.wallonie.clusters.evaluation.application.port.in.AssessDossierUseCase;
import be.wallonie.clusters.evaluation.application.port.in.CloseEvaluationRoundCommand;
import be.wallonie.clusters.evaluation.application.port.in.CloseEvaluationRoundUseCase;
import be.wallonie.clusters.evaluation.application.port.in.ListEvaluationCasesQuery;
import be.wallonie.clusters.evaluation.application.port.in.OpenEvaluationCaseCommand;
import be.wallonie.clusters.evaluation.application.port.in.OpenEvaluationCaseUseCase;
import be.wallonie.clusters.evaluation.application.port.out.LoadEvaluationCasePort;
import be.wallonie.clusters.evaluation.application.port.out.PublishEvaluationEventsPort;
import be.wallonie.clusters.evaluation.application.port.out.SaveAutomaticAssessmentPort;
import be.wallonie.clusters.evaluation.application.port.out.SaveEvaluationCasePort;
import be.wallonie.clusters.evaluation.domain.evaluationcase.AutomaticAssessment;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens one evaluation case per submitted snapshot and, in the same transaction, stores the criteria
 * engine's assessment of it: the experts find the automatic results with the case.
 */
@ApplicationScoped
public class EvaluationCaseService implements OpenEvaluationCaseUseCase, CloseEvaluationRoundUseCase, ListEvaluationCasesQuery {

    private final LoadEvaluationCasePort load;
    private final SaveEvaluationCasePort save;
    private final PublishEvaluationEventsPort events;
    private final AssessDossierUseCase assessDossier;
    private final SaveAutomaticAssessmentPort saveAssessment;
    private final Clock clock;
    private final ConflictOfInterestService conflicts;

    public EvaluationCaseService(LoadEvaluationCasePort load, SaveEvaluationCasePort save, PublishEvaluationEventsPort events,
            AssessDossierUseCase assessDossier, SaveAutomaticAssessmentPort saveAssessment, Clock clock,
            ConflictOfInterestService conflicts) {
        this.load = load;
        this.save = save;
        this.events = events;
        this.assessDossier = assessDossier;
        this.saveAssessment = saveAssessment;
        this.clock = clock;
        this.conflicts = conflicts;
    }

    @Override
    @Transactional
    public EvaluationCase openEvaluationCase(OpenEvaluationCaseCommand c) {
        List<EvaluationCase> rounds = load.loadCasesOfDossier(c.dossierId());
        // The same snapshot never opens two rounds, even if it were published twice under different ids.
        Optional<EvaluationCase> existing = rounds.stream().filter(r -> r.snapshotVersion() == c.snapshotVersion()).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        EvaluationCase opened = EvaluationCase.open(c.dossierId(), c.snapshotVersion(), rounds.size(), now,
                c.snapshotDocument());
        // Same transaction: the newest snapshot's round is the live one; older rounds without an opinion are superseded
        // (a snapshot arriving late, older than a round already open, opens its round superseded).
        if (rounds.stream().anyMatch(r -> r.snapshotVersion() > c.snapshotVersion())) {
            opened = new EvaluationCase(opened.id(), opened.dossierId(), opened.snapshotVersion(), opened.round(),
                    EvaluationCase.CaseStatus.SUPERSEDED, opened.openedAt(), opened.snapshotDocument());
        }
        save.saveCase(opened, new SaveEvaluationCasePort.Submission(c.callId(), c.sessionId(), c.snapshot().scheme().name(),
                c.submittedAt()));
        for (EvaluationCase earlier : rounds) {
            if (earlier.status() == EvaluationCase.CaseStatus.OPEN && earlier.snapshotVersion() < c.snapshotVersion()) {
                save.changeStatus(earlier.id(), EvaluationCase.CaseStatus.OPEN, EvaluationCase.CaseStatus.SUPERSEDED);
            }
        }
        // Once per case: a repeated snapshot returned above, so it is never assessed twice.
        saveAssessment.saveAutomaticAssessment(
                new AutomaticAssessment(opened.id(), now, assessDossier.assess(new AssessDossierCommand(c.snapshot()))));
        // Same transaction: the snapshot's members become known cluster members (domain.md §4); experts they
        // conflict with leave their open panels and their scores there are voided.
        conflicts.caseOpened(opened, c.snapshot());
        events.evaluationOpened(opened);
        return opened;
    }

    @Override
    @Transactional
    public void closeEvaluationRound(CloseEvaluationRoundCommand c) {
        // Only an OPEN round closes: one with an opinion, or already superseded or closed, stays as it is.
        load.loadCasesOfDossier(c.dossierId()).stream()
                .filter(r -> r.snapshotVersion() == c.snapshotVersion() && r.status() == EvaluationCase.CaseStatus.OPEN)
                .forEach(r -> save.closeOpenCase(r.id(), c.closedAs(), c.reason()));
    }

    @Override
    public List<EvaluationCase> casesOfDossier(UUID dossierId) {
        return load.loadCasesOfDossier(dossierId);
    }

    @Override
    public Optional<EvaluationCase> evaluationCase(UUID caseId) {
        return load.loadCase(caseId);
    }
}
