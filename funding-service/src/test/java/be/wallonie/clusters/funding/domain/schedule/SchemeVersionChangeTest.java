package be.wallonie.clusters.funding.domain.schedule;

import static be.wallonie.clusters.funding.domain.schedule.Lines.DOSSIER;
import static be.wallonie.clusters.funding.domain.schedule.Lines.d;
import static be.wallonie.clusters.funding.domain.schedule.Lines.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.DefaultPolicy;
import be.wallonie.clusters.funding.domain.scheme.PolicyBook;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A new scheme version applies from its effective date and never rewrites what an earlier version computed. */
class SchemeVersionChangeTest {

    private static final SchemeVersion V2026 = new SchemeVersion(SchemeCode.CLUSTER_ANIMATOR, "2026-1", d("2026-01-01"),
            new AnimatorParameters(eur("170000"), List.of(new BigDecimal("1.00"), new BigDecimal("0.75"),
                    new BigDecimal("0.50")), 3, 9));
    private static final FundingInputs INPUTS = FundingInputs.animator(DOSSIER,
            AgrementPeriod.consecutive(d("2025-04-01"), 3, 3), YearlyAmounts.yearly(eur("200000")));

    private final FundingCalculator calculator = new FundingCalculator();

    @Test
    void only_schedules_computed_from_the_effective_date_use_the_new_version() {
        PolicyBook before = DefaultPolicy.book();
        FundingSchedule computedIn2025 = calculator.compute(INPUTS, before, d("2025-06-01"));

        PolicyBook after = before.with(V2026);
        // the same computation date, with the new book: nothing changes
        FundingSchedule recomputedFor2025 = calculator.compute(INPUTS, after, d("2025-06-01"));
        assertThat(recomputedFor2025).isEqualTo(computedIn2025);
        assertThat(calculator.compute(INPUTS, after, d("2025-12-31")).schemeVersion()).isEqualTo(DefaultPolicy.LABEL);

        // computed on or after 1 January 2026: the new cap
        FundingSchedule computedIn2026 = calculator.compute(INPUTS, after, d("2026-01-01"));
        assertThat(computedIn2026.schemeVersion()).isEqualTo("2026-1");
        // 2025: 170 000 × 275/365 = 128 082.19; 2026: 170 000; 2029: 127 500; 2032: 85 000
        assertThat(computedIn2026.grantedIn(2025)).isEqualTo(eur("128082.19"));
        assertThat(computedIn2026.grantedIn(2026)).isEqualTo(eur("170000.00"));
        assertThat(computedIn2026.grantedIn(2029)).isEqualTo(eur("127500.00"));
        assertThat(computedIn2026.grantedIn(2032)).isEqualTo(eur("85000.00"));

        // the 2025 schedule still says what it said, and which version said it
        assertThat(computedIn2025.schemeVersion()).isEqualTo(DefaultPolicy.LABEL);
        assertThat(computedIn2025.grantedIn(2025)).isEqualTo(eur("120547.95"));
        assertThat(computedIn2025.grantedIn(2026)).isEqualTo(eur("160000.00"));
        // and can be reproduced from its label
        SchemeVersion used = after.version(SchemeCode.CLUSTER_ANIMATOR, computedIn2025.schemeVersion()).orElseThrow();
        assertThat(calculator.compute(INPUTS, used, computedIn2025.computedOn())).isEqualTo(computedIn2025);
    }

    @Test
    void a_version_cannot_be_used_before_its_effective_date_nor_for_another_scheme() {
        assertThatThrownBy(() -> calculator.compute(INPUTS, V2026, d("2025-12-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("applies from 2026-01-01");
        assertThatThrownBy(() -> calculator.compute(INPUTS, DefaultPolicy.version(SchemeCode.TECHNOLOGY_GRAPE), d("2025-12-31")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TECHNOLOGY_GRAPE");
    }
}
