package be.wallonie.clusters.evaluation.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.AmountsPaid;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.AvisAgreement;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.CelluleActivity;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.ExecutionYear;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.OverdueReports;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.PaidBudgetYear;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AccompaniedProject;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AccompanimentAct;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AccompanimentKind;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AgrementEvent;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AgrementFact;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AvisRecommendation;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.CelluleAvis;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.FollowUpReport;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.FundingLine;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.FundingSchedule;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Opinion;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.OpinionKind;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Payment;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.PlanExecution;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.ProjectStatus;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Submission;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The sections of policy-evaluation-2, on hand-worked facts over [2025-01-01, 2027-01-01). */
class PolicyEvaluationCelluleAndPaymentsTest {

    static final PolicyEvaluation EVALUATION = new PolicyEvaluation("policy-evaluation-2", ZoneId.of("Europe/Brussels"));
    static final EvaluationPeriod PERIOD = new EvaluationPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    final List<Submission> submissions = new ArrayList<>();
    final List<Opinion> opinions = new ArrayList<>();
    final List<AgrementFact> agrements = new ArrayList<>();
    final List<FundingSchedule> schedules = new ArrayList<>();
    final List<FollowUpReport> reports = new ArrayList<>();
    final List<AccompanimentAct> acts = new ArrayList<>();
    final List<AccompaniedProject> projects = new ArrayList<>();
    final List<CelluleAvis> avis = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    PolicyEvaluationReport report() {
        return EVALUATION.report(PERIOD, new PolicyFacts(submissions, opinions, List.of(), agrements, schedules, reports, acts, projects,
                avis, payments, at("2026-12-01T10:00:00Z")), TODAY);
    }

    void act(UUID project, UUID dossier, AccompanimentKind kind, String date, int minutes, int organisations) {
        acts.add(new AccompanimentAct(UUID.randomUUID(), project, dossier, kind, day(date), minutes, organisations,
                at(date + "T16:00:00Z"), false));
    }

    @Test
    void the_cellules_acts_hours_projects_and_time_from_first_contact_to_submission() {
        UUID p1 = UUID.randomUUID();
        UUID p2 = UUID.randomUUID();
        UUID p3 = UUID.randomUUID();
        UUID d1 = UUID.randomUUID();
        UUID d3 = UUID.randomUUID();
        UUID d4 = UUID.randomUUID();
        act(p1, null, AccompanimentKind.MEETING, "2025-03-10", 90, 3);
        act(p1, null, AccompanimentKind.PARTNER_SEARCH, "2025-06-01", 45, 5);
        act(p2, null, AccompanimentKind.INFORMATION_SESSION, "2026-02-01", 120, 12);
        act(null, d3, AccompanimentKind.FORMALISATION_HELP, "2026-12-31", 30, 1);
        act(p3, null, AccompanimentKind.MEETING, "2024-12-31", 60, 2); // before the period
        acts.add(new AccompanimentAct(UUID.randomUUID(), p2, null, AccompanimentKind.EXPERIENCE_EXCHANGE, day("2026-03-01"), 600, 9,
                at("2026-03-02T09:00:00Z"), true)); // cancelled by the Cellule: counted nowhere
        projects.add(new AccompaniedProject(p1, 1, ProjectStatus.OPEN, day("2025-01-15"), null, at("2025-01-15T10:00:00Z")));
        projects.add(new AccompaniedProject(p1, 2, ProjectStatus.BECAME_DOSSIER, day("2025-01-15"), d1, at("2025-04-01T10:00:00Z")));
        projects.add(new AccompaniedProject(p2, 1, ProjectStatus.OPEN, day("2025-11-01"), null, at("2025-11-01T10:00:00Z")));
        projects.add(new AccompaniedProject(p3, 1, ProjectStatus.BECAME_DOSSIER, day("2024-06-01"), d4, at("2025-01-20T10:00:00Z")));
        submissions.add(new Submission(d1, 1, "ECONOMIC_CLUSTER", at("2025-04-16T10:00:00Z")));
        submissions.add(new Submission(d1, 2, "ECONOMIC_CLUSTER", at("2025-09-01T10:00:00Z"))); // not the first
        submissions.add(new Submission(d4, 1, "TECHNOLOGY_GRAPE", at("2025-02-01T10:00:00Z")));

        CelluleActivity c = report().celluleActivity();

        assertThat(c.acts()).isEqualTo(4);
        assertThat(c.hours()).isEqualByComparingTo("4.8"); // 285 minutes = 4.75 h
        assertThat(c.actsByKind()).containsExactlyInAnyOrderEntriesOf(Map.of("MEETING", 1, "PARTNER_SEARCH", 1,
                "INFORMATION_SESSION", 1, "FORMALISATION_HELP", 1));
        assertThat(c.hoursByKind().get("MEETING")).isEqualByComparingTo("1.5");
        assertThat(c.hoursByKind().get("PARTNER_SEARCH")).isEqualByComparingTo("0.8");
        assertThat(c.organisationParticipations()).isEqualTo(21);
        assertThat(c.projectsAccompanied()).isEqualTo(2); // p1 and p2; p3's act is before the period
        assertThat(c.projectsBecameDossiers()).isEqualTo(1); // p1, in its highest version
        assertThat(c.dossiersAccompanied()).isEqualTo(1);
        // first submissions of the period: d1 91 days after 15 January 2025, d4 245 days after 1 June 2024
        assertThat(c.contactToSubmissionMeasured()).isEqualTo(2);
        assertThat(c.medianDaysContactToSubmission()).isEqualByComparingTo("168.0");
    }

    @Test
    void a_corrected_or_late_older_project_version_does_not_override_the_highest() {
        UUID p = UUID.randomUUID();
        act(p, null, AccompanimentKind.MEETING, "2025-03-10", 60, 1);
        projects.add(new AccompaniedProject(p, 2, ProjectStatus.ABANDONED, day("2025-01-15"), null, at("2025-06-01T10:00:00Z")));
        projects.add(new AccompaniedProject(p, 1, ProjectStatus.BECAME_DOSSIER, day("2025-01-15"), UUID.randomUUID(),
                at("2025-04-01T10:00:00Z")));
        assertThat(report().celluleActivity().projectsBecameDossiers()).isZero();
    }

    void opinionWithAvis(OpinionKind opinion, AvisRecommendation... versions) {
        UUID dossier = UUID.randomUUID();
        opinions.add(new Opinion(UUID.randomUUID(), UUID.randomUUID(), dossier, 1, opinion, at("2025-06-01T10:00:00Z")));
        UUID avisId = UUID.randomUUID();
        for (int v = 0; v < versions.length; v++) {
            avis.add(new CelluleAvis(avisId, dossier, 1, v + 1, versions[v], at("2025-05-0" + (v + 1) + "T10:00:00Z")));
        }
    }

    @Test
    void the_avis_agrees_with_the_opinion_strictly_or_in_direction_over_the_opinions_with_an_avis() {
        // the latest version written before the opinion counts: v2 FAVOURABLE, not v3 written afterwards
        UUID dossier = UUID.randomUUID();
        opinions.add(new Opinion(UUID.randomUUID(), UUID.randomUUID(), dossier, 1, OpinionKind.FAVOURABLE, at("2025-06-01T10:00:00Z")));
        UUID avisId = UUID.randomUUID();
        avis.add(new CelluleAvis(avisId, dossier, 1, 1, AvisRecommendation.RESERVED, at("2025-05-01T10:00:00Z")));
        avis.add(new CelluleAvis(avisId, dossier, 1, 2, AvisRecommendation.FAVOURABLE, at("2025-05-20T10:00:00Z")));
        avis.add(new CelluleAvis(avisId, dossier, 1, 3, AvisRecommendation.UNFAVOURABLE, at("2025-07-01T10:00:00Z")));
        avis.add(new CelluleAvis(UUID.randomUUID(), dossier, 2, 1, AvisRecommendation.UNFAVOURABLE, at("2025-05-02T10:00:00Z")));
        opinionWithAvis(OpinionKind.FAVOURABLE_WITH_CONDITIONS, AvisRecommendation.RESERVED); // agrees
        opinionWithAvis(OpinionKind.UNFAVOURABLE, AvisRecommendation.RESERVED); // neither
        opinionWithAvis(OpinionKind.FAVOURABLE, AvisRecommendation.RESERVED); // same direction only
        opinionWithAvis(OpinionKind.UNFAVOURABLE); // no avis
        opinions.add(new Opinion(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, OpinionKind.FAVOURABLE,
                at("2027-01-01T10:00:00Z"))); // after the period

        AvisAgreement a = report().celluleActivity().avisAgreement();

        assertThat(a.opinionsWithAvis()).isEqualTo(4);
        assertThat(a.opinionsWithoutAvis()).isEqualTo(1);
        assertThat(a.agreeing()).isEqualTo(2);
        assertThat(a.agreementRate()).isEqualByComparingTo("0.5000");
        assertThat(a.sameDirection()).isEqualTo(3);
        assertThat(a.sameDirectionRate()).isEqualByComparingTo("0.7500");
        assertThat(a.byPair()).containsEntry("FAVOURABLE/FAVOURABLE", 1).containsEntry("RESERVED/UNFAVOURABLE", 1);
    }

    @Test
    void without_an_avis_the_rates_are_null() {
        opinionWithAvis(OpinionKind.FAVOURABLE);
        AvisAgreement a = report().celluleActivity().avisAgreement();
        assertThat(a.agreementRate()).isNull();
        assertThat(a.sameDirectionRate()).isNull();
        assertThat(report().celluleActivity().medianDaysContactToSubmission()).isNull();
    }

    FundingSchedule schedule(UUID file, UUID dossier, int version, String scheme, Map<Integer, String> lines) {
        return new FundingSchedule(file, version, dossier, scheme,
                lines.entrySet().stream().map(e -> new FundingLine(e.getKey(), new BigDecimal(e.getValue()))).toList(),
                at("2025-01-0" + version + "T10:00:00Z"));
    }

    void pay(UUID dossier, UUID file, int budgetYear, String amount, String paidOn) {
        payments.add(new Payment(UUID.randomUUID(), dossier, file, budgetYear, new BigDecimal(amount), day(paidOn)));
    }

    @Test
    void payments_of_the_period_by_budget_year_and_scheme_beside_the_committed_amounts() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID f1 = UUID.randomUUID();
        UUID f2 = UUID.randomUUID();
        schedules.add(schedule(f1, a, 1, "CLUSTER_ANIMATOR", Map.of(2025, "100000.00", 2026, "100000.00")));
        schedules.add(schedule(f1, a, 2, "CLUSTER_ANIMATOR", Map.of(2025, "120000.00", 2026, "120000.00")));
        schedules.add(schedule(f2, b, 1, "TECHNOLOGY_GRAPE", Map.of(2026, "50000.00")));
        submissions.add(new Submission(c, 1, "ECONOMIC_CLUSTER", at("2024-05-01T10:00:00Z")));
        pay(a, f1, 2025, "60000.00", "2025-03-01");
        pay(a, f1, 2025, "60000.00", "2025-09-01");
        pay(a, f1, 2025, "-10000.00", "2025-10-01"); // a reversal
        pay(a, f1, 2026, "30000.50", "2026-02-01");
        pay(b, f2, 2026, "25000.00", "2026-06-01");
        pay(a, f1, 2026, "10000.00", "2027-01-05"); // paid after the period
        pay(c, null, 2024, "5000.00", "2025-01-10"); // no schedule known: the submission's scheme

        AmountsPaid p = report().amountsPaid();

        assertThat(p.total()).isEqualByComparingTo("170000.50");
        assertThat(p.payments()).isEqualTo(6);
        assertThat(p.reversals()).isEqualTo(1);
        assertThat(p.byScheme()).containsEntry("CLUSTER_ANIMATOR", new BigDecimal("140000.50"))
                .containsEntry("TECHNOLOGY_GRAPE", new BigDecimal("25000.00")).containsEntry("ECONOMIC_CLUSTER", new BigDecimal("5000.00"));
        assertThat(p.byBudgetYear()).extracting(PaidBudgetYear::budgetYear).containsExactly(2024, 2025, 2026);
        PaidBudgetYear y2024 = p.byBudgetYear().get(0);
        assertThat(y2024.committed()).isEqualByComparingTo("0");
        assertThat(y2024.paidShareOfCommitted()).isNull();
        PaidBudgetYear y2025 = p.byBudgetYear().get(1);
        assertThat(y2025.paid()).isEqualByComparingTo("110000.00");
        assertThat(y2025.committed()).isEqualByComparingTo("120000.00"); // the latest schedule version only
        assertThat(y2025.paidShareOfCommitted()).isEqualByComparingTo("0.9167");
        PaidBudgetYear y2026 = p.byBudgetYear().get(2);
        assertThat(y2026.paid()).isEqualByComparingTo("55000.50");
        assertThat(y2026.paidByScheme()).containsEntry("CLUSTER_ANIMATOR", new BigDecimal("30000.50"));
        assertThat(y2026.committed()).isEqualByComparingTo("170000.00");
        assertThat(y2026.paidShareOfCommitted()).isEqualByComparingTo("0.3235");
    }

    static PlanExecution plan(int planned, int carried, int ongoing, int postponed, int dropped, String budgetPlanned,
            String budgetSpent, int gainsTargeted, int gainsAchieved, int conditions, int met) {
        return new PlanExecution(planned, carried, ongoing, postponed, dropped, new BigDecimal(budgetPlanned),
                new BigDecimal(budgetSpent), gainsTargeted, gainsAchieved, conditions, met);
    }

    @Test
    void plan_execution_per_year_pools_the_clusters_and_overdue_reports_are_counted() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID e = UUID.randomUUID();
        agrements.add(new AgrementFact(UUID.randomUUID(), AgrementEvent.GRANTED, a, 1, at("2025-04-01T10:00:00Z"), day("2025-04-01"),
                day("2028-03-31")));
        agrements.add(new AgrementFact(UUID.randomUUID(), AgrementEvent.GRANTED, e, 1, at("2024-01-01T10:00:00Z"), day("2024-01-01"),
                day("2026-12-31")));
        UUID reportA = UUID.randomUUID();
        // 22:30 UTC on 31 March is 1 April in Brussels: filed late
        reports.add(new FollowUpReport(reportA, 1, a, 2025, Map.of(), at("2026-03-31T22:30:00Z"),
                plan(10, 6, 2, 1, 1, "100000.00", "80000.00", 4, 3, 2, 1), day("2026-03-31")));
        reports.add(new FollowUpReport(reportA, 2, a, 2025, Map.of(), at("2026-05-01T10:00:00Z"),
                plan(10, 7, 1, 1, 1, "100000.00", "80000.00", 4, 3, 2, 1), day("2026-03-31")));
        reports.add(new FollowUpReport(UUID.randomUUID(), 1, b, 2025, Map.of(), at("2026-03-20T10:00:00Z"),
                plan(5, 5, 0, 0, 0, "50000.00", "55000.00", 2, 2, 0, 0), day("2026-03-31")));
        reports.add(new FollowUpReport(UUID.randomUUID(), 1, e, 2024, Map.of(), at("2025-03-01T10:00:00Z")));
        reports.add(new FollowUpReport(UUID.randomUUID(), 1, c, 2026, Map.of(), at("2026-11-01T10:00:00Z")));

        PolicyEvaluationReport.FollowUpExecution x = report().followUpExecution();

        assertThat(x.byYear()).extracting(ExecutionYear::year).containsExactly(2025, 2026);
        ExecutionYear y2025 = x.byYear().get(0);
        assertThat(y2025.reports()).isEqualTo(2);
        assertThat(y2025.withPlanData()).isEqualTo(2);
        assertThat(y2025.actionsPlanned()).isEqualTo(15);
        assertThat(y2025.carriedOut()).isEqualTo(12); // a's corrected version: 7, and b's 5
        assertThat(y2025.executionRate()).isEqualByComparingTo("0.8000");
        assertThat(y2025.budgetSpent()).isEqualByComparingTo("135000.00");
        assertThat(y2025.budgetSpentRate()).isEqualByComparingTo("0.9000");
        assertThat(y2025.gainsAchievedRate()).isEqualByComparingTo("0.8333");
        assertThat(y2025.conditionsMetRate()).isEqualByComparingTo("0.5000");
        ExecutionYear y2026 = x.byYear().get(1);
        assertThat(y2026.reports()).isEqualTo(1);
        assertThat(y2026.withoutPlanData()).isEqualTo(1);
        assertThat(y2026.executionRate()).isNull();
        assertThat(y2026.budgetSpentRate()).isNull();

        OverdueReports o = x.overdue();
        assertThat(o.reportsWithDueDay()).isEqualTo(2);
        assertThat(o.filedLate()).isEqualTo(1);
        assertThat(o.filedLateRate()).isEqualByComparingTo("0.5000");
        // due in the period and past on 1 December 2026: a/2025, e/2024 (reported), e/2025 (no report)
        assertThat(o.yearsDue()).isEqualTo(3);
        assertThat(o.yearsDueWithoutReport()).isEqualTo(1);
        assertThat(o.asOf()).isEqualTo(TODAY);
    }

    @Test
    void an_expiry_shortens_the_agrement_and_the_due_day_is_configurable() {
        UUID d = UUID.randomUUID();
        UUID agrement = UUID.randomUUID();
        agrements.add(new AgrementFact(agrement, AgrementEvent.GRANTED, d, 1, at("2024-01-01T10:00:00Z"), day("2024-01-01"),
                day("2026-12-31")));
        agrements.add(new AgrementFact(agrement, AgrementEvent.EXPIRED, d, 1, at("2024-07-01T10:00:00Z"), null, day("2024-06-30")));
        OverdueReports o = report().followUpExecution().overdue();
        assertThat(o.yearsDue()).isEqualTo(1); // 2024 only, due 31 March 2025
        assertThat(o.yearsDueWithoutReport()).isEqualTo(1);

        PolicyEvaluation lateDue = new PolicyEvaluation("x", ZoneId.of("Europe/Brussels"), 24, MonthDay.of(12, 15));
        // the only year, 2024, is due on 15 December 2025 with that setting: still in the period and past
        assertThat(lateDue.report(PERIOD, new PolicyFacts(List.of(), List.of(), List.of(), agrements, List.of(), List.of(), null), TODAY)
                .followUpExecution().overdue().yearsDue()).isEqualTo(1);
    }

    @Test
    void findings_are_versioned_and_nothing_changes_once_final() {
        UUID id = UUID.randomUUID();
        PolicyEvaluationFindings none = PolicyEvaluationFindings.none(id);
        assertThatThrownBy(() -> none.finalise(0, "s", at("2027-01-05T10:00:00Z")))
                .isInstanceOfSatisfying(PolicyEvaluationFindings.ChangeRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PolicyEvaluationFindings.Refusal.NO_FINDINGS));
        assertThatThrownBy(() -> none.write(0, new PolicyEvaluationFindings.Texts(" ", null), null, "s", at("2027-01-05T10:00:00Z")))
                .isInstanceOfSatisfying(PolicyEvaluationFindings.ChangeRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PolicyEvaluationFindings.Refusal.EMPTY));
        PolicyEvaluationFindings v1 = none.write(0, new PolicyEvaluationFindings.Texts("Constat", null), null, "s", at("2027-01-05T10:00:00Z"));
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.findings().in(true)).isEqualTo("Constat"); // falls back on the language written
        assertThatThrownBy(() -> v1.write(0, new PolicyEvaluationFindings.Texts("Autre", null), null, "s", at("2027-01-05T11:00:00Z")))
                .isInstanceOfSatisfying(PolicyEvaluationFindings.ChangeRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PolicyEvaluationFindings.Refusal.STALE));
        PolicyEvaluationFindings v2 = v1.finalise(1, "s", at("2027-01-06T10:00:00Z"));
        assertThat(v2.isFinal()).isTrue();
        assertThatThrownBy(() -> v2.write(2, new PolicyEvaluationFindings.Texts("Autre", null), null, "s", at("2027-01-07T10:00:00Z")))
                .isInstanceOfSatisfying(PolicyEvaluationFindings.ChangeRefused.class,
                        e -> assertThat(e.reason()).isEqualTo(PolicyEvaluationFindings.Refusal.FINAL));
    }
}
