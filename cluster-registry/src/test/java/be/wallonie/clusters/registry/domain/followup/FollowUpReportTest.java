package be.wallonie.clusters.registry.domain.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The follow-up rules: complete non-negative indicators, a year inside an agrément, corrections with a reason. */
class FollowUpReportTest {

    static final Instant NOW = Instant.parse("2031-03-01T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2031, 3, 1);
    static final UUID DOSSIER = UUID.randomUUID();
    static final Agrement FIRST = Agrement.first(DOSSIER, UUID.randomUUID(), LocalDate.of(2027, 7, 1), 3, "region", NOW);
    static final Agrement SECOND = FIRST.renewal(UUID.randomUUID(), 3, "region", NOW);

    static final JudgedPlan EMPTY_PLAN = new JudgedPlan(1, UUID.randomUUID(), List.of(), List.of(), List.of());
    static final PlanReport EMPTY_REPORT = new PlanReport(List.of(), List.of(), List.of());

    static Indicators valid() {
        return new Indicators(Map.of("ENTERPRISE", 40, "UNIVERSITY", 2), Map.of("SMALL", 30, "LARGE", 10), 3, 1, 8, 4, 2, 1, 0, 3,
                new BigDecimal("900.5"), new BigDecimal("120000000.00"), new BigDecimal("40000000"), new BigDecimal("310"));
    }

    @Test
    void a_renewal_follows_the_current_period_the_next_day() {
        assertThat(FIRST.end()).isEqualTo(LocalDate.of(2030, 6, 30));
        assertThat(SECOND.periodNumber()).isEqualTo(2);
        assertThat(SECOND.start()).isEqualTo(LocalDate.of(2030, 7, 1));
        assertThat(SECOND.end()).isEqualTo(LocalDate.of(2033, 6, 30));
    }

    @Test
    void a_year_falls_in_the_latest_agrement_covering_part_of_it() {
        assertThat(FollowUpReport.agrementFor(List.of(FIRST, SECOND), 2027)).contains(FIRST);
        assertThat(FollowUpReport.agrementFor(List.of(FIRST, SECOND), 2030)).contains(SECOND); // both cover 2030
        assertThat(FollowUpReport.agrementFor(List.of(FIRST, SECOND), 2026)).isEmpty();
        assertThat(FollowUpReport.agrementFor(List.of(FIRST), 2031)).isEmpty();
    }

    @Test
    void a_first_report_then_a_correction_with_its_reason() {
        FollowUpReport v1 = FollowUpReport.file(DOSSIER, 2028, valid(), EMPTY_REPORT, List.of(FIRST), a -> EMPTY_PLAN, TODAY, "applicant", NOW);
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.agrementId()).isEqualTo(FIRST.id());
        assertThatThrownBy(() -> v1.correct(valid(), EMPTY_REPORT, " ", List.of(FIRST), a -> EMPTY_PLAN, TODAY, "applicant", NOW))
                .isInstanceOfSatisfying(InvalidFollowUpReportException.class, e -> assertThat(e.violations())
                        .containsExactly(new ReportViolation("correctionReason", ReportViolation.Code.REQUIRED)));
        FollowUpReport v2 = v1.correct(valid(), EMPTY_REPORT, " Comptes clôturés ", List.of(FIRST), a -> EMPTY_PLAN, TODAY, "applicant", NOW);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.correctionReason()).isEqualTo("Comptes clôturés");
    }

    @Test
    void every_offending_field_is_named_at_once() {
        Indicators bad = new Indicators(Map.of("ENTERPRISE", -1, "GUILD", 1), null, -1, 0, 0, 0, 0, 0, 0, null,
                new BigDecimal("-0.5"), new BigDecimal("1.001"), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThatThrownBy(() -> FollowUpReport.file(DOSSIER, 2025, bad, null, List.of(FIRST), a -> EMPTY_PLAN, TODAY, "a", NOW))
                .isInstanceOfSatisfying(InvalidFollowUpReportException.class, e -> assertThat(e.violations()).containsExactlyInAnyOrder(
                        new ReportViolation("year", ReportViolation.Code.YEAR_OUTSIDE_AGREMENT),
                        new ReportViolation("plan", ReportViolation.Code.REQUIRED),
                        new ReportViolation("indicators.membersByKind.ENTERPRISE", ReportViolation.Code.NEGATIVE),
                        new ReportViolation("indicators.membersByKind.GUILD", ReportViolation.Code.UNKNOWN_KEY),
                        new ReportViolation("indicators.enterprisesBySize", ReportViolation.Code.REQUIRED),
                        new ReportViolation("indicators.jointProjectsStarted", ReportViolation.Code.NEGATIVE),
                        new ReportViolation("indicators.internationalisationActions", ReportViolation.Code.REQUIRED),
                        new ReportViolation("indicators.jobs", ReportViolation.Code.NEGATIVE),
                        new ReportViolation("indicators.turnover", ReportViolation.Code.TOO_PRECISE)));
    }

    @Test
    void a_year_not_begun_cannot_be_reported_even_inside_the_agrement() {
        assertThatThrownBy(() -> FollowUpReport.file(DOSSIER, 2032, valid(), EMPTY_REPORT, List.of(FIRST, SECOND), a -> EMPTY_PLAN, TODAY, "a", NOW))
                .isInstanceOfSatisfying(InvalidFollowUpReportException.class, e -> assertThat(e.violations())
                        .containsExactly(new ReportViolation("year", ReportViolation.Code.YEAR_NOT_STARTED)));
        assertThat(valid().violations()).isEmpty();
    }
}
