package be.wallonie.clusters.registry.domain.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DecisionTest {

    static Opinion opinion(OpinionOutcome outcome) {
        return new Opinion(UUID.randomUUID(), UUID.randomUUID(), 1, outcome, List.of(), List.of(), Instant.parse("2026-11-01T10:00:00Z"));
    }

    @ParameterizedTest(name = "{0} then {1}: departs = {2}")
    @CsvSource({"FAVOURABLE,VALIDATED,false", "FAVOURABLE_WITH_CONDITIONS,VALIDATED,false", "UNFAVOURABLE,VALIDATED,true",
            "FAVOURABLE,REJECTED,true", "FAVOURABLE_WITH_CONDITIONS,REJECTED,true", "UNFAVOURABLE,REJECTED,false"})
    void a_decision_departs_from_the_opinion_when_it_goes_against_it(OpinionOutcome opinion, Decision.Outcome outcome,
            boolean departs) {
        assertThat(Decision.departsFrom(opinion, outcome)).isEqualTo(departs);
        if (departs) {
            assertThatThrownBy(() -> Decision.take(opinion(opinion), outcome, "  ", "region-1", Instant.now()))
                    .isInstanceOf(DecisionRefusedException.class)
                    .extracting(e -> ((DecisionRefusedException) e).reason()).isEqualTo(DecisionRefusedException.Reason.JUSTIFICATION_REQUIRED);
            assertThat(Decision.take(opinion(opinion), outcome, " Intérêt régional ", "region-1", Instant.now()).justification())
                    .isEqualTo("Intérêt régional");
        } else {
            Decision d = Decision.take(opinion(opinion), outcome, null, "region-1", Instant.now());
            assertThat(d.departsFromOpinion()).isFalse();
            assertThat(d.justification()).isNull();
        }
    }

    @Test
    void a_decision_records_the_opinion_it_was_taken_in_view_of() {
        Opinion o = opinion(OpinionOutcome.FAVOURABLE);
        Decision d = Decision.take(o, Decision.Outcome.VALIDATED, null, "region-1", Instant.parse("2026-11-22T10:00:00Z"));
        assertThat(d.opinionId()).isEqualTo(o.opinionId());
        assertThat(d.opinion()).isEqualTo(OpinionOutcome.FAVOURABLE);
        assertThat(d.snapshotVersion()).isEqualTo(1);
        assertThat(d.decidedBy()).isEqualTo("region-1");
    }

    @Test
    void an_agrement_lasts_three_years_to_the_day_before_the_anniversary() {
        Agrement a = Agrement.first(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2026, 11, 22), 3, "region-1", Instant.now());
        assertThat(a.periodNumber()).isEqualTo(1);
        assertThat(a.end()).isEqualTo(LocalDate.of(2029, 11, 21));
        assertThat(a.status()).isEqualTo(Agrement.Status.ACTIVE);
        Agrement leap = Agrement.first(UUID.randomUUID(), UUID.randomUUID(), LocalDate.of(2028, 2, 29), 3, "region-1", Instant.now());
        assertThat(leap.end()).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThatThrownBy(() -> Agrement.first(UUID.randomUUID(), UUID.randomUUID(), LocalDate.now(), 0, "r", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
