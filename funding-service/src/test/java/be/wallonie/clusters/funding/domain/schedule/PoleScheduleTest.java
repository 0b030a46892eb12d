package be.wallonie.clusters.funding.domain.schedule;

import static be.wallonie.clusters.funding.domain.schedule.Lines.DOSSIER;
import static be.wallonie.clusters.funding.domain.schedule.Lines.assertRows;
import static be.wallonie.clusters.funding.domain.schedule.Lines.d;
import static be.wallonie.clusters.funding.domain.schedule.Lines.eur;
import static be.wallonie.clusters.funding.domain.schedule.Lines.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.DefaultPolicy;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * COMPETITIVENESS_POLE: funded by the projects the Region approves in yearly calls (002: "projets d'investissement, de
 * R&amp;D ou de formation"), "max 400 000 €/an + contributions privées" (001): per labelling year, the projects' budgets
 * less their private contributions, capped at 400 000 € — never an animateur's cost.
 */
class PoleScheduleTest {

    private static final SchemeVersion POLE = DefaultPolicy.version(SchemeCode.COMPETITIVENESS_POLE);
    private static final LocalDate COMPUTED_ON = LocalDate.of(2026, 1, 10);
    private final FundingCalculator calculator = new FundingCalculator();

    private static PoleProject project(long n, PoleProject.Kind kind, String from, String to, String budget, String contributions) {
        return new PoleProject(new UUID(0, n), kind, "projet " + n, 2026, d(from), d(to), eur(budget), eur(contributions));
    }

    private static final List<AgrementPeriod> LABEL_2026 = List.of(AgrementPeriod.ofYears(1, d("2026-01-01"), 3));

    @Test
    void a_pole_with_two_projects_is_funded_by_their_public_share() {
        // A: R&D 2026-01-01..2027-12-31 (730 days), budget 600 000, private 200 000 → 300 000 / 100 000 a year
        // B: training 2026-07-01..2026-12-31, budget 100 000, private 0
        // 2026: budget 300 000 + 100 000 = 400 000; private 100 000; net 300 000 < cap 400 000 × 365/365 → 300 000
        // 2027: budget 300 000; private 100 000; net 200 000 → 200 000
        // 2028: no project → 0 (the cap is no grant by itself)
        FundingInputs inputs = FundingInputs.pole(DOSSIER, LABEL_2026, List.of(
                project(1, PoleProject.Kind.R_AND_D, "2026-01-01", "2027-12-31", "600000", "200000"),
                project(2, PoleProject.Kind.TRAINING, "2026-07-01", "2026-12-31", "100000", "0")));
        FundingSchedule schedule = calculator.compute(inputs, POLE, COMPUTED_ON);
        assertRows(schedule,
                row(2026, 1, 1, "2026-01-01", "2026-12-31", 365, 365, "400000.00", "1", "400000.00", "300000.00", "100000.00"),
                row(2027, 1, 2, "2027-01-01", "2027-12-31", 365, 365, "300000.00", "1", "400000.00", "200000.00", "100000.00"),
                row(2028, 1, 3, "2028-01-01", "2028-12-31", 366, 366, "0.00", "1", "400000.00", "0.00", "0.00"));
        assertThat(schedule.linesOf(2026).get(0).privateContributions()).isEqualTo(eur("100000.00"));
        assertThat(schedule.totalGranted()).isEqualTo(eur("500000.00"));
        assertThat(schedule.linesOf(2026).get(0).explanation().fr()).contains("budget des projets approuvés 400 000,00 €",
                "moins contributions privées 100 000,00 €", "budget net : octroi 300 000,00 €");
    }

    @Test
    void the_cap_is_400_000_per_labelling_year_and_never_more_than_the_net_budget() {
        // one investment of 3 000 000 over 2026, private 1 000 000: net 2 000 000 > cap 400 000 → 400 000
        // a project fully paid by its members: net 0 → nothing, never negative
        FundingInputs inputs = FundingInputs.pole(DOSSIER, LABEL_2026, List.of(
                project(1, PoleProject.Kind.INVESTMENT, "2026-01-01", "2026-12-31", "3000000", "1000000"),
                project(2, PoleProject.Kind.TRAINING, "2027-01-01", "2027-06-30", "50000", "50000")));
        FundingSchedule schedule = calculator.compute(inputs, POLE, COMPUTED_ON);
        assertThat(schedule.grantedIn(2026)).isEqualTo(eur("400000.00"));
        assertThat(schedule.linesOf(2026).get(0).explanation().en()).contains("cap reached");
        assertThat(schedule.grantedIn(2027)).isEqualTo(Money.ZERO);
        assertThat(schedule.linesOf(2027).get(0).explanation().fr()).contains("contributions privées égales ou supérieures au budget");
    }

    @Test
    void a_labelling_year_across_two_budget_years_shares_its_cap_by_days() {
        // labelling from 1 July 2026; one project 2026-07-01..2027-06-30 (365 days), budget 1 460 000, private 0
        // 2026 part: 184 days → budget 1 460 000 × 184/365 = 736 000; cap 400 000 × 184/365 = 201 643.835… → 201 643.84
        // 2027 part: 181 days → budget 724 000; cap: 400 000 − 201 643.84 = 198 356.16 (the year's cap to the cent)
        FundingInputs inputs = FundingInputs.pole(DOSSIER, List.of(AgrementPeriod.ofYears(1, d("2026-07-01"), 1)), List.of(
                project(1, PoleProject.Kind.R_AND_D, "2026-07-01", "2027-06-30", "1460000", "0")));
        FundingSchedule schedule = calculator.compute(inputs, POLE, COMPUTED_ON);
        assertRows(schedule,
                row(2026, 1, 1, "2026-07-01", "2026-12-31", 184, 365, "736000.00", "1", "201643.84", "201643.84", "534356.16"),
                row(2027, 1, 1, "2027-01-01", "2027-06-30", 181, 365, "724000.00", "1", "198356.16", "198356.16", "525643.84"));
        assertThat(schedule.totalGranted()).isEqualTo(eur("400000.00"));
    }

    @Test
    void only_a_pole_is_funded_by_projects() {
        assertThatThrownBy(() -> new FundingInputs(DOSSIER, SchemeCode.CLUSTER_ANIMATOR, LABEL_2026, YearlyAmounts.none(),
                YearlyAmounts.none(), List.of(project(1, PoleProject.Kind.R_AND_D, "2026-01-01", "2026-12-31", "1", "0")), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a competitiveness pole");
        assertThatThrownBy(() -> project(1, PoleProject.Kind.R_AND_D, "2026-01-01", "2026-12-31", "100", "101"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exceed the budget");
    }
}
