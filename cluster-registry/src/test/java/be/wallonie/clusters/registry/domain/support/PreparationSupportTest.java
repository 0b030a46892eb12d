package be.wallonie.clusters.registry.domain.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.Volet;
import be.wallonie.clusters.registry.domain.support.PreparationSupport.EndReason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Preparation support: who may get it, for how long, and how it ends. */
class PreparationSupportTest {

    static final PreparationSupportPolicy TWELVE_MONTHS = new PreparationSupportPolicy(12);
    static final Instant NOW = Instant.parse("2027-08-20T10:00:00Z");

    static PreparationSupport granted(String start, String end) {
        return PreparationSupport.grant(UUID.randomUUID(), LocalDate.parse(start), LocalDate.parse(end), TWELVE_MONTHS, "region-1", NOW);
    }

    @Test
    void a_draft_in_sensibilisation_or_validation_and_a_dossier_in_validation_phase_are_in_preparation() {
        assertThat(PreparationSupport.inPreparation(DossierStatus.DRAFT, Volet.SENSIBILISATION)).isTrue();
        assertThat(PreparationSupport.inPreparation(DossierStatus.DRAFT, Volet.VALIDATION)).isTrue();
        assertThat(PreparationSupport.inPreparation(DossierStatus.DRAFT, Volet.MISE_EN_OEUVRE)).isFalse();
        for (DossierStatus s : PreparationSupport.VALIDATION_PHASE) {
            assertThat(PreparationSupport.inPreparation(s, Volet.MISE_EN_OEUVRE)).as(s.name()).isTrue();
        }
        for (DossierStatus s : new DossierStatus[] {DossierStatus.VALIDATED, DossierStatus.REJECTED, DossierStatus.WITHDRAWN}) {
            assertThat(PreparationSupport.inPreparation(s, Volet.VALIDATION)).as(s.name()).isFalse();
        }
    }

    @Test
    void a_window_lasts_at_most_the_policy_s_months() {
        // 12 months from 1 January 2027: the last day is 31 December 2027
        assertThat(granted("2027-01-01", "2027-12-31").end()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThatThrownBy(() -> granted("2027-01-01", "2028-01-01")).isInstanceOfSatisfying(PreparationWindowTooLongException.class, e -> {
            assertThat(e.maxMonths()).isEqualTo(12);
            assertThat(e.lastAllowedDay()).isEqualTo(LocalDate.of(2027, 12, 31));
        });
        // from 1 March 2027, 12 months reach 29 February 2028; from 29 February 2028, 28 February 2029
        assertThat(PreparationSupport.lastAllowedDay(LocalDate.of(2027, 3, 1), 12)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(PreparationSupport.lastAllowedDay(LocalDate.of(2028, 2, 29), 12)).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(PreparationSupport.lastAllowedDay(LocalDate.of(2027, 1, 31), 1)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(PreparationSupport.lastAllowedDay(LocalDate.of(2027, 1, 15), 6)).isEqualTo(LocalDate.of(2027, 7, 14));
        assertThatThrownBy(() -> new PreparationSupportPolicy(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_agrement_from_1_september_ends_the_support_on_31_august() {
        PreparationSupport s = granted("2027-01-01", "2027-12-31");
        PreparationSupport ended = s.endAfter(LocalDate.of(2027, 8, 31), EndReason.AGREMENT_STARTED, "region-1", NOW).orElseThrow();
        assertThat(ended.lastFundedDay()).isEqualTo(LocalDate.of(2027, 8, 31));
        assertThat(ended.end()).as("the granted end is kept").isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(ended.ending().reason()).isEqualTo(EndReason.AGREMENT_STARTED);
        assertThat(ended.ending().endedBy()).isEqualTo("region-1");
        // ending twice changes nothing
        assertThat(ended.endAfter(LocalDate.of(2027, 6, 30), EndReason.DOSSIER_WITHDRAWN, "applicant-1", NOW)).isEmpty();
    }

    @Test
    void a_support_that_does_not_run_past_the_day_is_left_as_it_is() {
        PreparationSupport s = granted("2027-01-01", "2027-06-30");
        assertThat(s.lastFundedDay()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(s.endAfter(LocalDate.of(2027, 6, 30), EndReason.DOSSIER_REJECTED, "region-1", NOW)).isEmpty();
        assertThat(s.endAfter(LocalDate.of(2027, 9, 1), EndReason.DOSSIER_REJECTED, "region-1", NOW)).isEmpty();
        assertThat(s.endAfter(LocalDate.of(2027, 6, 29), EndReason.DOSSIER_REJECTED, "region-1", NOW).orElseThrow().lastFundedDay())
                .isEqualTo(LocalDate.of(2027, 6, 29));
    }

    @Test
    void a_support_ended_before_it_began_funds_no_day() {
        PreparationSupport s = granted("2027-10-01", "2028-03-31");
        PreparationSupport ended = s.endAfter(LocalDate.of(2027, 8, 20), EndReason.DOSSIER_WITHDRAWN, "applicant-1", NOW).orElseThrow();
        assertThat(ended.lastFundedDay()).isEqualTo(LocalDate.of(2027, 9, 30));
        // the start day itself is the last funded day when the dossier is withdrawn that day
        assertThat(s.endAfter(LocalDate.of(2027, 10, 1), EndReason.DOSSIER_WITHDRAWN, "a", NOW).orElseThrow().lastFundedDay())
                .isEqualTo(LocalDate.of(2027, 10, 1));
    }
}
