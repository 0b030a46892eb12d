package be.wallonie.clusters.funding.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulateScheduleCommandTest {

    private static final LocalDate START = LocalDate.of(2025, 4, 1);

    private static List<String> fields(Runnable build) {
        try {
            build.run();
        } catch (InvalidCommandException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        throw new AssertionError("expected an invalid command");
    }

    @Test
    void an_animator_simulation_needs_a_scheme_a_start_and_eligible_costs() {
        SimulateScheduleCommand c = new SimulateScheduleCommand("cluster_animator", START, null, null,
                new YearlyAmountsInput(new BigDecimal("200000"), Map.of(2026, new BigDecimal("185000.5"))), null, null, null);
        assertThat(c.schemeCode()).isEqualTo(SchemeCode.CLUSTER_ANIMATOR);
        assertThat(c.requestedPeriods()).isEmpty();
        assertThat(c.costs().defaultYearly()).isEqualTo(Money.euros(200_000));
        assertThat(c.costs().declaredFor(2026)).contains(Money.euros("185000.50"));
        assertThat(c.contributions().defaultYearly()).isEqualTo(Money.ZERO);
    }

    @Test
    void reports_every_offending_field_at_once() {
        assertThat(fields(() -> new SimulateScheduleCommand(null, null, null, null, null, null, null, null)))
                .containsExactly("scheme", "startDate");
        assertThat(fields(() -> new SimulateScheduleCommand("CLUSTER_FOO", null, null, null, null, null, null, null)))
                .containsExactly("scheme", "startDate");
        assertThat(fields(() -> new SimulateScheduleCommand("CLUSTER_FOO", START, null, 0, YearlyAmountsInput.yearly("-1"), null,
                null, null))).containsExactly("scheme", "agrementPeriods", "eligibleCosts.yearly");
        assertThat(fields(() -> new SimulateScheduleCommand("CLUSTER_ANIMATOR", START, LocalDate.of(2027, 1, 1), 0,
                new YearlyAmountsInput(new BigDecimal("-1"), Map.of(2026, new BigDecimal("1.005"), 1899, BigDecimal.ONE)),
                YearlyAmountsInput.yearly("1"), YearlyAmountsInput.yearly("1"), LocalDate.of(1999, 12, 31))))
                .containsExactlyInAnyOrder("computedOn", "agrementPeriods", "endDate", "eligibleCosts.yearly",
                        "eligibleCosts.declared.1899", "eligibleCosts.declared.2026", "declaredBudget", "privateContributions");
    }

    @Test
    void amounts_are_at_most_a_billion_with_cents() {
        assertThat(fields(() -> new SimulateScheduleCommand("TECHNOLOGY_GRAPE", START, null, null,
                YearlyAmountsInput.yearly("1000000000.01"), null, null, null))).containsExactly("eligibleCosts.yearly");
        assertThat(fields(() -> new SimulateScheduleCommand("TECHNOLOGY_GRAPE", START, null, null,
                YearlyAmountsInput.yearly("1E-999999999"), null, null, null))).containsExactly("eligibleCosts.yearly");
        assertThat(fields(() -> new SimulateScheduleCommand("TECHNOLOGY_GRAPE", START, null, null,
                YearlyAmountsInput.yearly("1E+999999999"), null, null, null))).containsExactly("eligibleCosts.yearly");
    }

    @Test
    void a_pole_declares_a_budget_and_an_end_date() {
        assertThat(fields(() -> new SimulateScheduleCommand("COMPETITIVENESS_POLE", START, null, 2,
                YearlyAmountsInput.yearly("1"), null, YearlyAmountsInput.yearly("-5"), null)))
                .containsExactlyInAnyOrder("endDate", "agrementPeriods", "eligibleCosts", "declaredBudget",
                        "privateContributions.yearly");
        SimulateScheduleCommand pole = new SimulateScheduleCommand("COMPETITIVENESS_POLE", START, LocalDate.of(2026, 12, 31), null,
                null, YearlyAmountsInput.yearly("600000"), new YearlyAmountsInput(null, Map.of(2026, new BigDecimal("300000"))),
                null);
        assertThat(pole.costs().defaultYearly()).isEqualTo(Money.euros(600_000));
        assertThat(pole.contributions().defaultYearly()).isEqualTo(Money.ZERO);
        assertThat(pole.contributions().declaredFor(2026)).contains(Money.euros(300_000));
    }

    @Test
    void a_support_window_ends_after_it_starts_and_within_30_years() {
        assertThat(fields(() -> new SimulateScheduleCommand("CLUSTER_PREPARATION", START, START.minusDays(1), null,
                YearlyAmountsInput.yearly("1"), null, null, null))).containsExactly("endDate");
        assertThat(fields(() -> new SimulateScheduleCommand("COMPETITIVENESS_POLE", START, START.plusYears(30), null,
                null, YearlyAmountsInput.yearly("1"), null, null))).containsExactly("endDate");
        assertThatThrownBy(() -> new SimulateScheduleCommand("CLUSTER_PREPARATION", START, null, null, null, null, null, null))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("eligibleCosts (required)");
    }
}
