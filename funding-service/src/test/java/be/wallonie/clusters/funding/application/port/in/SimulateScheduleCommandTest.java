package be.wallonie.clusters.funding.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.PoleProject;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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

    private static List<PoleProjectInput> projects(PoleProjectInput... projects) {
        return Arrays.asList(projects);
    }

    private static PoleProjectInput project(String kind, String start, String end, String budget, String contributions) {
        return new PoleProjectInput(kind, "Projet", start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                budget == null ? null : new BigDecimal(budget), contributions == null ? null : new BigDecimal(contributions));
    }

    @Test
    void an_animator_simulation_needs_a_scheme_a_start_and_eligible_costs() {
        SimulateScheduleCommand c = new SimulateScheduleCommand("cluster_animator", START, null, null,
                new YearlyAmountsInput(new BigDecimal("200000"), Map.of(2026, new BigDecimal("185000.5"))), null, null);
        assertThat(c.schemeCode()).isEqualTo(SchemeCode.CLUSTER_ANIMATOR);
        assertThat(c.requestedPeriods()).isEmpty();
        assertThat(c.costs().defaultYearly()).isEqualTo(Money.euros(200_000));
        assertThat(c.costs().declaredFor(2026)).contains(Money.euros("185000.50"));
        assertThat(c.poleProjects()).isEmpty();
        assertThat(c.requestedComputationDate()).isEmpty();
    }

    @Test
    void reports_every_offending_field_at_once() {
        assertThat(fields(() -> new SimulateScheduleCommand(null, null, null, null, null, null, null)))
                .containsExactly("scheme", "startDate");
        assertThat(fields(() -> new SimulateScheduleCommand("CLUSTER_FOO", null, null, null, null, null, null)))
                .containsExactly("scheme", "startDate");
        assertThat(fields(() -> new SimulateScheduleCommand("CLUSTER_FOO", START, null, 0, YearlyAmountsInput.yearly("-1"),
                projects(project("BANANA", "2026-01-01", "2026-12-31", "1", null)), null)))
                .containsExactly("scheme", "agrementPeriods", "eligibleCosts.yearly", "projects[0].kind");
        assertThat(fields(() -> new SimulateScheduleCommand("CLUSTER_ANIMATOR", START, LocalDate.of(2027, 1, 1), 0,
                new YearlyAmountsInput(new BigDecimal("-1"), Map.of(2026, new BigDecimal("1.005"), 1899, BigDecimal.ONE)),
                projects(project("R_AND_D", "2026-01-01", "2026-12-31", "1", null)), LocalDate.of(1999, 12, 31))))
                .containsExactlyInAnyOrder("computedOn", "agrementPeriods", "endDate", "eligibleCosts.yearly",
                        "eligibleCosts.declared.1899", "eligibleCosts.declared.2026", "projects");
    }

    @Test
    void amounts_are_at_most_a_billion_with_cents() {
        assertThat(fields(() -> new SimulateScheduleCommand("TECHNOLOGY_GRAPE", START, null, null,
                YearlyAmountsInput.yearly("1000000000.01"), null, null))).containsExactly("eligibleCosts.yearly");
        assertThat(fields(() -> new SimulateScheduleCommand("TECHNOLOGY_GRAPE", START, null, null,
                YearlyAmountsInput.yearly("1E-999999999"), null, null))).containsExactly("eligibleCosts.yearly");
        assertThat(fields(() -> new SimulateScheduleCommand("TECHNOLOGY_GRAPE", START, null, null,
                YearlyAmountsInput.yearly("1E+999999999"), null, null))).containsExactly("eligibleCosts.yearly");
    }

    @Test
    void a_pole_is_simulated_from_its_projects_and_an_end_date() {
        assertThat(fields(() -> new SimulateScheduleCommand("COMPETITIVENESS_POLE", START, null, 2,
                YearlyAmountsInput.yearly("1"), null, null)))
                .containsExactlyInAnyOrder("endDate", "agrementPeriods", "eligibleCosts", "projects");
        assertThat(fields(() -> new SimulateScheduleCommand("COMPETITIVENESS_POLE", START, LocalDate.of(2026, 12, 31), null,
                null, List.of(), null))).containsExactly("projects");

        SimulateScheduleCommand pole = new SimulateScheduleCommand("COMPETITIVENESS_POLE", LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31), null, null, projects(
                        project("r_and_d", "2026-01-01", "2027-12-31", "600000", "200000"),
                        project("TRAINING", "2026-07-01", "2026-12-31", "100000", null)), null);
        assertThat(pole.costs().defaultYearly()).isEqualTo(Money.ZERO);
        List<PoleProject> p = pole.poleProjects();
        assertThat(p).hasSize(2);
        assertThat(p.get(0).kind()).isEqualTo(PoleProject.Kind.R_AND_D);
        assertThat(p.get(0).budget()).isEqualTo(Money.euros(600_000));
        assertThat(p.get(0).privateContributions()).isEqualTo(Money.euros(200_000));
        assertThat(p.get(0).days()).isEqualTo(730); // 2026 and 2027: 365 + 365
        assertThat(p.get(1).kind()).isEqualTo(PoleProject.Kind.TRAINING);
        assertThat(p.get(1).privateContributions()).isEqualTo(Money.ZERO); // default
        assertThat(p.get(1).days()).isEqualTo(184); // July to December: 31+31+30+31+30+31
        assertThat(p.get(0).id()).isNotEqualTo(p.get(1).id());
    }

    @Test
    void every_invalid_project_is_reported_with_its_path() {
        assertThat(fields(() -> new SimulateScheduleCommand("COMPETITIVENESS_POLE", START, LocalDate.of(2027, 12, 31), null, null,
                projects(
                        project(null, null, "2026-12-31", null, null),
                        project("RESEARCH", "2026-07-01", "2026-06-30", "-5", null),
                        null,
                        project("INVESTMENT", "2026-01-01", "2026-12-31", "1000.00", "1000.01"),
                        new PoleProjectInput("TRAINING", "x".repeat(301), LocalDate.of(1999, 1, 1), LocalDate.of(2026, 1, 1),
                                new BigDecimal("1.001"), new BigDecimal("-1"))), null)))
                .containsExactly("projects[0].kind", "projects[0].startDate", "projects[0].budget",
                        "projects[1].kind", "projects[1].endDate", "projects[1].budget",
                        "projects[2]",
                        "projects[3].privateContributions",
                        "projects[4].title", "projects[4].startDate", "projects[4].budget", "projects[4].privateContributions");
    }

    @Test
    void a_support_window_ends_after_it_starts_and_within_30_years() {
        assertThat(fields(() -> new SimulateScheduleCommand("CLUSTER_PREPARATION", START, START.minusDays(1), null,
                YearlyAmountsInput.yearly("1"), null, null))).containsExactly("endDate");
        assertThat(fields(() -> new SimulateScheduleCommand("COMPETITIVENESS_POLE", START, START.plusYears(30), null,
                null, projects(project("R_AND_D", "2026-01-01", "2026-12-31", "1", null)), null))).containsExactly("endDate");
        assertThatThrownBy(() -> new SimulateScheduleCommand("CLUSTER_PREPARATION", START, null, null, null, null, null))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("eligibleCosts (required)");
    }
}
