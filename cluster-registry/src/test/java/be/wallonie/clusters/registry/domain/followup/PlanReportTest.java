package be.wallonie.clusters.registry.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.dossier.Action;
import be.wallonie.clusters.registry.domain.dossier.ActionAxis;
import be.wallonie.clusters.registry.domain.dossier.ActionCategory;
import be.wallonie.clusters.registry.domain.dossier.ActionType;
import be.wallonie.clusters.registry.domain.dossier.ExpectedGain;
import be.wallonie.clusters.registry.domain.followup.PlanExecution.Rate;
import be.wallonie.clusters.registry.domain.followup.PlanReport.ActionOutcome;
import be.wallonie.clusters.registry.domain.followup.PlanReport.ConditionOutcome;
import be.wallonie.clusters.registry.domain.followup.PlanReport.GainOutcome;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A report against the plan the Comité judged: every item by its index, the figures and rates worked by hand, the calendar. */
class PlanReportTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();

    static Action action(String title, String budget) {
        return new Action(title, ActionType.TARGETED, ActionCategory.values()[0], ActionAxis.values()[0], null,
                LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), false, List.of(A), budget == null ? null : new BigDecimal(budget),
                null);
    }

    /** 4 actions (budgets 10 000, 20 000, none, 10 000 = 40 000 planned), 2 gains, 1 condition. */
    static final JudgedPlan PLAN = new JudgedPlan(2, UUID.randomUUID(),
            List.of(action("Salon Batibouw", "10000.00"), action("Mission export", "20000"), action("Veille", null),
                    action("Formation commune", "10000.00")),
            List.of(new ExpectedGain("Export", "export turnover", new BigDecimal("1500000"), "EUR"),
                    new ExpectedGain("Emplois", "jobs", new BigDecimal("20"), "FTE")),
            List.of("Engager l'animateur avant la fin de la première année"));

    static PlanReport full() {
        return new PlanReport(List.of(
                new ActionOutcome(4, "ignored", ActionStatus.DROPPED, "Plus de formateur", null, BigDecimal.ZERO, List.of()),
                new ActionOutcome(1, null, ActionStatus.CARRIED_OUT, null, null, new BigDecimal("12000.00"), List.of(A, B, A)),
                new ActionOutcome(2, null, ActionStatus.ONGOING, null, null, new BigDecimal("9000"), List.of(B)),
                new ActionOutcome(3, null, ActionStatus.CARRIED_OUT, null, null, new BigDecimal("1000.50"), List.of())),
                List.of(new GainOutcome(1, null, null, null, new BigDecimal("1600000")), new GainOutcome(2, null, null, null,
                        new BigDecimal("12"))),
                List.of(new ConditionOutcome(1, null, false, "Animateur engagé en février de la deuxième année")));
    }

    @Test
    void a_full_report_is_echoed_in_the_plans_order_with_its_titles_and_its_figures_worked_by_hand() {
        PlanReport r = full().against(PLAN);
        assertThat(r.actions()).extracting(ActionOutcome::index).containsExactly(1, 2, 3, 4);
        assertThat(r.actions()).extracting(ActionOutcome::title)
                .containsExactly("Salon Batibouw", "Mission export", "Veille", "Formation commune");
        assertThat(r.actions().get(0).actualParticipants()).containsExactly(A, B);
        assertThat(r.gains().get(1).description()).isEqualTo("Emplois");
        assertThat(r.conditions().get(0).condition()).startsWith("Engager l'animateur");

        PlanExecution e = PlanExecution.of(r);
        assertThat(e).isEqualTo(new PlanExecution(4, 2, 1, 0, 1, new BigDecimal("40000.00"), new BigDecimal("22000.50"), 2, 1, 1, 0));
        assertThat(e.rate(Rate.EXECUTION)).isEqualByComparingTo("0.5000");          // 2 carried out / 4
        assertThat(e.rate(Rate.EXECUTION_WITH_ONGOING)).isEqualByComparingTo("0.7500"); // (2 + 1) / 4
        assertThat(e.rate(Rate.BUDGET_SPENT)).isEqualByComparingTo("0.5500");      // 22 000.50 / 40 000 = 0.550012…
        assertThat(e.rate(Rate.GAINS_ACHIEVED)).isEqualByComparingTo("0.5000");    // 1 600 000 ≥ 1 500 000; 12 < 20
        assertThat(e.rate(Rate.CONDITIONS_MET)).isEqualByComparingTo("0");
        assertThat(e.conditionsUnmet()).isEqualTo(1);
        for (Rate rate : Rate.values()) {
            assertThat(rate.fr()).contains("/");
            assertThat(rate.en()).contains("/").isNotEqualTo(rate.fr());
        }
        assertThat(PlanExecution.of(new PlanReport(List.of(), List.of(), List.of())).rate(Rate.EXECUTION)).isNull();
    }

    @Test
    void an_index_not_in_the_plan_a_missing_action_a_drop_without_reason_are_named_at_once() {
        PlanReport bad = new PlanReport(List.of(
                new ActionOutcome(1, null, ActionStatus.DROPPED, " ", null, new BigDecimal("-1"), List.of()),
                new ActionOutcome(7, null, ActionStatus.CARRIED_OUT, null, null, BigDecimal.ZERO, List.of()),
                new ActionOutcome(1, null, ActionStatus.ONGOING, null, null, new BigDecimal("0.001"), List.of()),
                new ActionOutcome(null, null, null, null, null, null, List.of())),
                List.of(), List.of(new ConditionOutcome(1, null, null, null)));
        assertThatThrownBy(() -> bad.against(PLAN)).isInstanceOfSatisfying(InvalidFollowUpReportException.class,
                e -> assertThat(e.violations()).containsExactly(
                        new ReportViolation("plan.actions[1].index", ReportViolation.Code.NOT_IN_PLAN, "7"),
                        new ReportViolation("plan.actions[2].index", ReportViolation.Code.DUPLICATE, "1"),
                        new ReportViolation("plan.actions[3].index", ReportViolation.Code.REQUIRED),
                        new ReportViolation("plan.actions[0].reason", ReportViolation.Code.REASON_REQUIRED),
                        new ReportViolation("plan.actions[0].actualBudget", ReportViolation.Code.NEGATIVE),
                        new ReportViolation("plan.actions[2].actualBudget", ReportViolation.Code.TOO_PRECISE),
                        new ReportViolation("plan.actions[3].status", ReportViolation.Code.REQUIRED),
                        new ReportViolation("plan.actions[3].actualBudget", ReportViolation.Code.REQUIRED),
                        new ReportViolation("plan.actions", ReportViolation.Code.NOT_REPORTED, "2, 3, 4"),
                        new ReportViolation("plan.expectedGains", ReportViolation.Code.NOT_REPORTED, "1, 2"),
                        new ReportViolation("plan.conditions[0].met", ReportViolation.Code.REQUIRED),
                        new ReportViolation("plan.conditions[0].comment", ReportViolation.Code.REQUIRED)));
    }

    @Test
    void a_year_is_due_on_31_march_of_the_next_year_and_overdue_after_it_on_a_fixed_clock() {
        FollowUpCalendar calendar = new FollowUpCalendar(MonthDay.of(3, 31));
        Agrement agrement = Agrement.first(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2027, 7, 1), 3, "region",
                Instant.parse("2027-06-01T10:00:00Z"));
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        LocalDate lastDay = LocalDate.now(Clock.fixed(Instant.parse("2029-03-31T21:59:59Z"), brussels)); // 23:59:59 in Brussels
        LocalDate firstLate = LocalDate.now(Clock.fixed(Instant.parse("2029-03-31T22:00:00Z"), brussels)); // 1 April, 00:00
        assertThat(calendar.dueOn(2028)).isEqualTo(LocalDate.of(2029, 3, 31));
        assertThat(calendar.yearsDue(List.of(agrement), lastDay)).containsExactly(2027, 2028); // 2029 not over
        assertThat(calendar.standing(2028, Optional.empty(), lastDay)).isEqualTo(FollowUpCalendar.Standing.DUE);
        assertThat(calendar.standing(2028, Optional.empty(), firstLate)).isEqualTo(FollowUpCalendar.Standing.OVERDUE);
        assertThat(calendar.daysOverdue(2028, firstLate)).isEqualTo(1);
        assertThat(calendar.standing(2028, Optional.of(LocalDate.of(2029, 3, 31)), firstLate)).isEqualTo(FollowUpCalendar.Standing.FILED);
        assertThat(calendar.standing(2028, Optional.of(LocalDate.of(2029, 4, 2)), firstLate))
                .isEqualTo(FollowUpCalendar.Standing.FILED_LATE);
        assertThat(calendar.yearsDue(List.of(agrement), LocalDate.of(2031, 1, 1))).containsExactly(2027, 2028, 2029, 2030);
        // a due day of 29 February falls on the 28th in a common year
        assertThat(new FollowUpCalendar(MonthDay.of(2, 29)).dueOn(2028)).isEqualTo(LocalDate.of(2029, 2, 28));
    }
}
