package be.wallonie.clusters.evaluation.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport.IndicatorTrend;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AgrementEvent;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.AgrementFact;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Decision;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.DecisionOutcome;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.FollowUpReport;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.FundingLine;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.FundingSchedule;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Opinion;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.OpinionKind;
import be.wallonie.clusters.evaluation.domain.policy.PolicyFacts.Submission;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PolicyEvaluationTest {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final PolicyEvaluation EVALUATION = new PolicyEvaluation("policy-evaluation-test", BRUSSELS);
    static final EvaluationPeriod PERIOD = new EvaluationPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1));

    static Instant at(String iso) {
        return Instant.parse(iso);
    }

    static final class Facts {
        final List<Submission> submissions = new ArrayList<>();
        final List<Opinion> opinions = new ArrayList<>();
        final List<Decision> decisions = new ArrayList<>();
        final List<AgrementFact> agrements = new ArrayList<>();
        final List<FundingSchedule> schedules = new ArrayList<>();
        final List<FollowUpReport> reports = new ArrayList<>();

        UUID submitted(String scheme, String when) {
            UUID dossier = UUID.randomUUID();
            submissions.add(new Submission(dossier, 1, scheme, at(when)));
            return dossier;
        }

        Facts opinion(UUID dossier, int snapshot, OpinionKind kind, String when) {
            opinions.add(new Opinion(UUID.randomUUID(), UUID.randomUUID(), dossier, snapshot, kind, at(when)));
            return this;
        }

        Facts decision(DecisionOutcome outcome, OpinionKind opinion, String when) {
            decisions.add(new Decision(UUID.randomUUID(), UUID.randomUUID(), 1, "ECONOMIC_CLUSTER", outcome, opinion,
                    opinion != null && (outcome == DecisionOutcome.VALIDATED) != opinion.favourable(), at(when)));
            return this;
        }

        PolicyFacts build() {
            return new PolicyFacts(submissions, opinions, decisions, agrements, schedules, reports, at("2026-12-01T10:00:00Z"));
        }
    }

    PolicyEvaluationReport report(Facts f) {
        return EVALUATION.report(PERIOD, f.build());
    }

    @Test
    void an_empty_period_has_zero_counts_and_no_rates() {
        PolicyEvaluationReport r = EVALUATION.report(PERIOD, PolicyFacts.none());
        assertThat(r.dossiersReceived().dossiers()).isZero();
        assertThat(r.dossiersReceived().byScheme()).isEmpty();
        assertThat(r.timeToOpinion().medianDays()).isNull();
        assertThat(r.timeToOpinion().p90Days()).isNull();
        assertThat(r.timeToOpinion().maxDays()).isNull();
        assertThat(r.validation().validationRate()).isNull();
        assertThat(r.divergence().divergenceRate()).isNull();
        assertThat(r.fundingCommitted().total()).isEqualByComparingTo("0.00");
        assertThat(r.followUpTrends()).isEmpty();
        assertThat(r.basis().lastFactReceivedAt()).isNull();
        assertThat(r.methodVersion()).isEqualTo("policy-evaluation-test");
    }

    @Test
    void dossiers_are_counted_once_by_the_scheme_of_their_last_submission_in_the_period() {
        Facts f = new Facts();
        UUID d = f.submitted("ECONOMIC_CLUSTER", "2025-03-01T10:00:00Z");
        f.submissions.add(new Submission(d, 2, "TECHNOLOGY_GRAPE", at("2025-09-01T10:00:00Z")));
        f.submitted("ECONOMIC_CLUSTER", "2026-02-01T10:00:00Z");
        f.submitted("COMPETITIVENESS_POLE", "2024-12-31T10:00:00Z"); // before the period
        PolicyEvaluationReport r = report(f);
        assertThat(r.dossiersReceived().dossiers()).isEqualTo(2);
        assertThat(r.dossiersReceived().submissions()).isEqualTo(3);
        assertThat(r.dossiersReceived().byScheme()).containsExactly(Map.entry("ECONOMIC_CLUSTER", 1), Map.entry("TECHNOLOGY_GRAPE", 1));
    }

    @Test
    void the_period_is_from_inclusive_to_exclusive_in_Brussels_days() {
        Facts f = new Facts();
        f.submitted("ECONOMIC_CLUSTER", "2024-12-31T23:30:00Z"); // 00:30 on 1 January 2025 in Brussels: in
        f.submitted("ECONOMIC_CLUSTER", "2024-12-31T22:59:00Z"); // 23:59 on 31 December in Brussels: out
        f.submitted("ECONOMIC_CLUSTER", "2026-12-31T22:59:00Z"); // last minute of the period: in
        f.submitted("ECONOMIC_CLUSTER", "2026-12-31T23:00:00Z"); // 1 January 2027, the exclusive end: out
        assertThat(report(f).dossiersReceived().dossiers()).isEqualTo(2);
    }

    @Test
    void time_to_opinion_median_of_an_odd_count_p90_and_max() {
        Facts f = new Facts();
        int[] days = {10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 200};
        for (int d : days) {
            UUID dossier = f.submitted("ECONOMIC_CLUSTER", "2025-01-10T00:00:00Z");
            f.opinion(dossier, 1, OpinionKind.FAVOURABLE, Instant.parse("2025-01-10T00:00:00Z").plusSeconds(d * 86_400L).toString());
        }
        PolicyEvaluationReport.TimeToOpinion t = report(f).timeToOpinion();
        assertThat(t.opinionsIssued()).isEqualTo(11);
        assertThat(t.measured()).isEqualTo(11);
        assertThat(t.medianDays()).isEqualByComparingTo("60.0");
        // nearest rank: ceil(0.9 × 11) = 10th value
        assertThat(t.p90Days()).isEqualByComparingTo("100.0");
        assertThat(t.maxDays()).isEqualByComparingTo("200.0");
        assertThat(t.awaitingOpinion()).isZero();
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values_and_fractions_of_days_count() {
        Facts f = new Facts();
        UUID a = f.submitted("ECONOMIC_CLUSTER", "2025-02-01T00:00:00Z");
        UUID b = f.submitted("ECONOMIC_CLUSTER", "2025-02-01T00:00:00Z");
        f.opinion(a, 1, OpinionKind.FAVOURABLE, "2025-02-11T00:00:00Z"); // 10 days
        f.opinion(b, 1, OpinionKind.UNFAVOURABLE, "2025-02-16T12:00:00Z"); // 15.5 days
        PolicyEvaluationReport.TimeToOpinion t = report(f).timeToOpinion();
        assertThat(t.medianDays()).isEqualByComparingTo("12.8"); // 12.75 rounded half-up
        assertThat(t.p90Days()).isEqualByComparingTo("15.5");
        assertThat(t.byOpinion()).containsExactly(Map.entry("FAVOURABLE", 1), Map.entry("UNFAVOURABLE", 1));
    }

    @Test
    void opinions_outside_the_period_or_without_a_known_submission_are_not_measured_and_waiting_snapshots_are_counted() {
        Facts f = new Facts();
        UUID late = f.submitted("ECONOMIC_CLUSTER", "2026-12-01T00:00:00Z");
        f.opinion(late, 1, OpinionKind.FAVOURABLE, "2027-01-15T00:00:00Z"); // after the period
        f.submitted("ECONOMIC_CLUSTER", "2026-06-01T00:00:00Z"); // no opinion at all
        f.opinion(UUID.randomUUID(), 1, OpinionKind.FAVOURABLE, "2026-03-01T00:00:00Z"); // submission unknown here
        PolicyEvaluationReport.TimeToOpinion t = report(f).timeToOpinion();
        assertThat(t.opinionsIssued()).isEqualTo(1);
        assertThat(t.measured()).isZero();
        assertThat(t.medianDays()).isNull();
        assertThat(t.awaitingOpinion()).isEqualTo(2);
    }

    @Test
    void validation_rate_and_divergence_in_both_directions() {
        Facts f = new Facts()
                .decision(DecisionOutcome.VALIDATED, OpinionKind.FAVOURABLE, "2025-05-01T10:00:00Z")
                .decision(DecisionOutcome.VALIDATED, OpinionKind.FAVOURABLE_WITH_CONDITIONS, "2025-06-01T10:00:00Z")
                .decision(DecisionOutcome.VALIDATED, OpinionKind.UNFAVOURABLE, "2025-07-01T10:00:00Z")
                .decision(DecisionOutcome.REJECTED, OpinionKind.FAVOURABLE_WITH_CONDITIONS, "2025-08-01T10:00:00Z")
                .decision(DecisionOutcome.REJECTED, OpinionKind.FAVOURABLE, "2025-08-02T10:00:00Z")
                .decision(DecisionOutcome.REJECTED, OpinionKind.UNFAVOURABLE, "2025-09-01T10:00:00Z")
                .decision(DecisionOutcome.REJECTED, null, "2025-09-02T10:00:00Z")
                .decision(DecisionOutcome.VALIDATED, OpinionKind.UNFAVOURABLE, "2027-02-01T10:00:00Z"); // after the period
        PolicyEvaluationReport r = report(f);
        assertThat(r.validation().decided()).isEqualTo(7);
        assertThat(r.validation().validated()).isEqualTo(3);
        assertThat(r.validation().rejected()).isEqualTo(4);
        assertThat(r.validation().validationRate()).isEqualByComparingTo("0.4286");
        assertThat(r.divergence().decisionsWithOpinion()).isEqualTo(6);
        assertThat(r.divergence().validatedAgainstUnfavourable()).isEqualTo(1);
        assertThat(r.divergence().rejectedAgainstFavourable()).isEqualTo(2);
        assertThat(r.divergence().divergent()).isEqualTo(3);
        assertThat(r.divergence().divergenceRate()).isEqualByComparingTo("0.5000");
    }

    @Test
    void agrement_facts_of_the_period_by_kind() {
        Facts f = new Facts();
        f.agrements.add(new AgrementFact(UUID.randomUUID(), AgrementEvent.GRANTED, UUID.randomUUID(), 1, at("2025-04-01T08:00:00Z")));
        f.agrements.add(new AgrementFact(UUID.randomUUID(), AgrementEvent.GRANTED, UUID.randomUUID(), 1, at("2026-04-01T08:00:00Z")));
        f.agrements.add(new AgrementFact(UUID.randomUUID(), AgrementEvent.RENEWED, UUID.randomUUID(), 2, at("2026-05-01T08:00:00Z")));
        f.agrements.add(new AgrementFact(UUID.randomUUID(), AgrementEvent.EXPIRED, UUID.randomUUID(), 1, at("2024-05-01T08:00:00Z")));
        PolicyEvaluationReport.Agrements a = report(f).agrements();
        assertThat(a.granted()).isEqualTo(2);
        assertThat(a.renewed()).isEqualTo(1);
        assertThat(a.expired()).isZero();
    }

    @Test
    void funding_counts_only_the_latest_schedule_version_and_the_budget_years_of_the_period() {
        Facts f = new Facts();
        UUID dossier = UUID.randomUUID();
        UUID file = UUID.randomUUID();
        f.schedules.add(new FundingSchedule(file, 1, dossier, "CLUSTER_ANIMATOR", List.of(
                new FundingLine(2025, new BigDecimal("100000.00")), new FundingLine(2026, new BigDecimal("100000.00"))),
                at("2025-01-05T10:00:00Z")));
        f.schedules.add(new FundingSchedule(file, 2, dossier, "CLUSTER_ANIMATOR", List.of(
                new FundingLine(2024, new BigDecimal("5000.00")), new FundingLine(2025, new BigDecimal("120547.95")),
                new FundingLine(2026, new BigDecimal("160000.00")), new FundingLine(2027, new BigDecimal("160000.00"))),
                at("2025-06-05T10:00:00Z")));
        f.schedules.add(new FundingSchedule(UUID.randomUUID(), 1, UUID.randomUUID(), "TECHNOLOGY_GRAPE", List.of(
                new FundingLine(2026, new BigDecimal("25000.00"))), at("2026-01-05T10:00:00Z")));
        PolicyEvaluationReport.FundingCommitted c = report(f).fundingCommitted();
        assertThat(c.total()).isEqualByComparingTo("305547.95");
        assertThat(c.byScheme()).containsEntry("CLUSTER_ANIMATOR", new BigDecimal("280547.95"))
                .containsEntry("TECHNOLOGY_GRAPE", new BigDecimal("25000.00"));
        assertThat(c.byBudgetYear()).containsOnlyKeys(2025, 2026);
        assertThat(c.byBudgetYear().get(2026)).isEqualByComparingTo("185000.00");
        assertThat(c.schedulesCounted()).isEqualTo(2);
        assertThat(c.currency()).isEqualTo("EUR");
    }

    @Test
    void a_budget_year_belongs_to_the_period_holding_its_first_of_January() {
        EvaluationPeriod midYear = new EvaluationPeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2027, 4, 1));
        assertThat(PolicyEvaluation.years(midYear)).containsExactly(2026, 2027);
        assertThat(PolicyEvaluation.years(PERIOD)).containsExactly(2025, 2026);
        assertThat(EvaluationPeriod.endingOn(LocalDate.of(2027, 1, 1), 24)).isEqualTo(PERIOD);
        assertThatThrownBy(() -> new EvaluationPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void follow_up_trends_sum_the_latest_report_of_each_cluster_per_year() {
        Facts f = new Facts();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID reportA2025 = UUID.randomUUID();
        f.reports.add(new FollowUpReport(reportA2025, 1, a, 2025, Map.of("jobs", new BigDecimal("100"), "patentsFiled", BigDecimal.ONE),
                at("2026-01-10T10:00:00Z")));
        // a correction replaces the first filing
        f.reports.add(new FollowUpReport(reportA2025, 2, a, 2025, Map.of("jobs", new BigDecimal("110"), "patentsFiled", BigDecimal.ONE),
                at("2026-02-10T10:00:00Z")));
        f.reports.add(new FollowUpReport(UUID.randomUUID(), 1, b, 2025, Map.of("jobs", new BigDecimal("40.5")), at("2026-01-12T10:00:00Z")));
        f.reports.add(new FollowUpReport(UUID.randomUUID(), 1, a, 2026, Map.of("jobs", new BigDecimal("130"), "patentsFiled", BigDecimal.ZERO),
                at("2027-01-10T10:00:00Z")));
        f.reports.add(new FollowUpReport(UUID.randomUUID(), 1, b, 2027, Map.of("jobs", new BigDecimal("999")), at("2028-01-10T10:00:00Z")));
        List<IndicatorTrend> trends = report(f).followUpTrends();
        assertThat(trends).extracting(IndicatorTrend::indicator).containsExactly("jobs", "patentsFiled");
        IndicatorTrend jobs = trends.get(0);
        assertThat(jobs.totalsByYear()).containsOnlyKeys(2025, 2026);
        assertThat(jobs.totalsByYear().get(2025)).isEqualByComparingTo("150.5");
        assertThat(jobs.totalsByYear().get(2026)).isEqualByComparingTo("130");
        assertThat(jobs.clustersByYear()).containsExactly(Map.entry(2025, 2), Map.entry(2026, 1));
        assertThat(jobs.firstYear()).isEqualTo(2025);
        assertThat(jobs.lastYear()).isEqualTo(2026);
        assertThat(jobs.change()).isEqualByComparingTo("-20.5");
        assertThat(jobs.changeRate()).isEqualByComparingTo("-0.1362");
        IndicatorTrend patents = trends.get(1);
        assertThat(patents.change()).isEqualByComparingTo("-1");
        assertThat(patents.changeRate()).isEqualByComparingTo("-1.0000");
    }

    @Test
    void a_single_year_or_a_zero_start_gives_no_relative_change() {
        Facts f = new Facts();
        UUID a = UUID.randomUUID();
        f.reports.add(new FollowUpReport(UUID.randomUUID(), 1, a, 2025, Map.of("jobs", BigDecimal.TEN, "patentsFiled", BigDecimal.ZERO),
                at("2026-01-10T10:00:00Z")));
        f.reports.add(new FollowUpReport(UUID.randomUUID(), 1, a, 2026, Map.of("patentsFiled", BigDecimal.ONE), at("2027-01-10T10:00:00Z")));
        List<IndicatorTrend> trends = report(f).followUpTrends();
        assertThat(trends.get(0).change()).isNull();
        assertThat(trends.get(0).changeRate()).isNull();
        assertThat(trends.get(1).change()).isEqualByComparingTo("1");
        assertThat(trends.get(1).changeRate()).isNull();
    }

    @Test
    void the_basis_names_what_was_read() {
        Facts f = new Facts();
        f.submitted("ECONOMIC_CLUSTER", "2020-01-01T00:00:00Z");
        PolicyEvaluationReport.Basis basis = report(f).basis();
        assertThat(basis.submissions()).isEqualTo(1);
        assertThat(basis.lastFactReceivedAt()).isEqualTo(at("2026-12-01T10:00:00Z"));
    }
}
