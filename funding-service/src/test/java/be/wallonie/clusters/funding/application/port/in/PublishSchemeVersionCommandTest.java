package be.wallonie.clusters.funding.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.TimeLimitedParameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublishSchemeVersionCommandTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    private static List<String> fields(Runnable build) {
        try {
            build.run();
        } catch (InvalidCommandException e) {
            return e.violations().stream().map(FieldViolation::field).toList();
        }
        throw new AssertionError("expected an invalid command");
    }

    private static List<BigDecimal> rates(String... rates) {
        return java.util.Arrays.stream(rates).map(BigDecimal::new).toList();
    }

    @Test
    void builds_the_version_of_the_scheme_shape() {
        SchemeVersion animator = new PublishSchemeVersionCommand(SchemeCode.CLUSTER_ANIMATOR, "2026-1", FROM,
                new SchemeParametersInput(new BigDecimal("170000"), rates("1.00", "0.75", "0.50"), 3, 9, null, null),
                "  Décision  ", "region-7").version();
        assertThat(animator.parameters()).isEqualTo(new AnimatorParameters(Money.euros(170_000), rates("1.00", "0.75", "0.50"), 3, 9));
        SchemeVersion preparation = new PublishSchemeVersionCommand(SchemeCode.CLUSTER_PREPARATION, "2026-1", FROM,
                new SchemeParametersInput(new BigDecimal("50000"), null, null, null, new BigDecimal("0.6"), 18), null, "region-7")
                .version();
        assertThat(preparation.parameters()).isEqualTo(new TimeLimitedParameters(new BigDecimal("0.6"), Money.euros(50_000), 18));
    }

    @Test
    void refuses_figures_the_scheme_does_not_use_and_bad_ones() {
        assertThat(fields(() -> new PublishSchemeVersionCommand(SchemeCode.COMPETITIVENESS_POLE, "a label", null,
                new SchemeParametersInput(new BigDecimal("-1"), rates("1"), 3, null, new BigDecimal("0.5"), 12), null, "region-7")))
                .containsExactly("label", "effectiveFrom", "parameters.yearlyCap", "parameters.periodRates",
                        "parameters.periodLengthYears", "parameters.rate", "parameters.maxMonths");
        assertThat(fields(() -> new PublishSchemeVersionCommand(SchemeCode.CLUSTER_ANIMATOR, "2026-1", FROM,
                new SchemeParametersInput(new BigDecimal("160000.001"), rates("1.2", "0.33333"), 0, -1, null, null), null,
                "region-7")))
                .containsExactly("parameters.yearlyCap", "parameters.periodRates[0]", "parameters.periodRates[1]",
                        "parameters.periodLengthYears", "parameters.maxFundedYears");
        assertThat(fields(() -> new PublishSchemeVersionCommand(SchemeCode.TECHNOLOGY_GRAPE, "2026-1", FROM, null, null,
                "region-7"))).containsExactly("parameters");
    }

    @Test
    void a_version_may_apply_to_running_periods_from_a_day_on_or_after_its_effective_date() {
        SchemeParametersInput pole = new SchemeParametersInput(new BigDecimal("450000"), null, null, null, null, null);
        assertThat(new PublishSchemeVersionCommand(SchemeCode.COMPETITIVENESS_POLE, "2026-1", FROM, pole, null, "region-7")
                .version().runningPeriodsFrom()).isNull();
        assertThat(new PublishSchemeVersionCommand(SchemeCode.COMPETITIVENESS_POLE, "2026-1", FROM, pole, null, "region-7", FROM)
                .version().runningPeriodsFrom()).isEqualTo(FROM);
        SchemeVersion later = new PublishSchemeVersionCommand(SchemeCode.COMPETITIVENESS_POLE, "2026-1", FROM, pole, null,
                "region-7", LocalDate.of(2026, 7, 1)).version();
        assertThat(later.runningPeriodsFrom()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(later.effectiveFrom()).isEqualTo(FROM);

        try {
            new PublishSchemeVersionCommand(SchemeCode.COMPETITIVENESS_POLE, "2026-1", FROM, pole, null, "region-7", FROM.minusDays(1));
            throw new AssertionError("expected an invalid command");
        } catch (InvalidCommandException e) {
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("appliesToRunningPeriodsFrom");
                assertThat(v.fr()).isEqualTo("ne peut pas précéder la date d'effet de la version (2026-01-01)");
                assertThat(v.en()).isEqualTo("must not be before the version's effective date (2026-01-01)");
            });
        }
        // a date outside the policy's range is reported as such, and with no effective date only the latter is missing
        assertThat(fields(() -> new PublishSchemeVersionCommand(SchemeCode.COMPETITIVENESS_POLE, "2026-1", null, pole, null,
                "region-7", LocalDate.of(2200, 1, 1)))).containsExactly("effectiveFrom", "appliesToRunningPeriodsFrom");
    }
}
