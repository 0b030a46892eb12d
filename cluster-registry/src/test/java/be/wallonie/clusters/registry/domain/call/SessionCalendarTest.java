package be.wallonie.clusters.registry.domain.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.registry.domain.dossier.Scheme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The session and cut-off arithmetic of the call: month ends, leap years, exactly on the cut-off. */
class SessionCalendarTest {

    static final CallPolicy DEFAULTS = new CallPolicy(12, 3, 30, 36);
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_default_call_is_open_a_year_with_a_session_every_three_months_and_a_last_one_after_the_closing() {
        Call call = Call.open("Concours 2027", Set.of(Scheme.ECONOMIC_CLUSTER), d("2027-01-01"), null, null, null, DEFAULTS, "cellule",
                NOW);
        assertThat(call.closing()).isEqualTo(d("2027-12-31"));
        assertThat(call.calendar()).extracting(SessionCalendar.Slot::date)
                .containsExactly(d("2027-04-01"), d("2027-07-01"), d("2027-10-01"), d("2028-01-01"), d("2028-04-01"));
        assertThat(call.calendar()).extracting(SessionCalendar.Slot::cutOff)
                .containsExactly(d("2027-03-02"), d("2027-06-01"), d("2027-09-01"), d("2027-12-02"), d("2028-03-02"));
        assertThat(call.calendar()).extracting(SessionCalendar.Slot::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void every_day_of_the_call_has_a_session_and_exactly_on_the_cut_off_meets_it() {
        Call call = Call.open("Concours 2027", Set.of(Scheme.ECONOMIC_CLUSTER), d("2027-01-01"), null, null, null, DEFAULTS, "cellule",
                NOW);
        assertThat(call.slotFor(d("2027-01-01")).orElseThrow().date()).isEqualTo(d("2027-04-01"));
        assertThat(call.slotFor(d("2027-03-02")).orElseThrow().date()).isEqualTo(d("2027-04-01")); // on the cut-off
        assertThat(call.slotFor(d("2027-03-03")).orElseThrow().date()).isEqualTo(d("2027-07-01")); // a day late
        assertThat(call.slotFor(d("2027-12-02")).orElseThrow().date()).isEqualTo(d("2028-01-01"));
        assertThat(call.slotFor(d("2027-12-31")).orElseThrow().date()).isEqualTo(d("2028-04-01")); // the last day of the call
        for (LocalDate day = call.opening(); !day.isAfter(call.closing()); day = day.plusDays(1)) {
            LocalDate submitted = day;
            assertThat(call.slotFor(day)).hasValueSatisfying(s -> assertThat(s.cutOff()).isAfterOrEqualTo(submitted));
        }
    }

    @Test
    void month_ends_do_not_drift_because_every_session_counts_from_the_opening() {
        List<SessionCalendar.Slot> slots = SessionCalendar.slots(d("2027-01-31"), d("2027-12-31"), 3, 30);
        assertThat(slots).extracting(SessionCalendar.Slot::date)
                .containsExactly(d("2027-04-30"), d("2027-07-31"), d("2027-10-31"), d("2028-01-31"));
        // monthly: February is clamped to its last day, March is back on the 31st
        assertThat(SessionCalendar.slots(d("2027-01-31"), d("2027-03-01"), 1, 0)).extracting(SessionCalendar.Slot::date)
                .containsExactly(d("2027-02-28"), d("2027-03-31"));
    }

    @Test
    void leap_years_give_the_29th_of_february_and_the_cut_off_counts_it() {
        List<SessionCalendar.Slot> slots = SessionCalendar.slots(d("2027-11-29"), d("2028-05-31"), 3, 30);
        assertThat(slots.get(0).date()).isEqualTo(d("2028-02-29"));
        assertThat(slots.get(0).cutOff()).isEqualTo(d("2028-01-30"));
        // a session on 1 March 2028: 30 days before is 31 January (29 days in February)
        SessionCalendar.Slot march = SessionCalendar.slots(d("2027-12-01"), d("2028-02-01"), 3, 30).get(0);
        assertThat(march.date()).isEqualTo(d("2028-03-01"));
        assertThat(march.cutOff()).isEqualTo(d("2028-01-31"));
        assertThat(SessionCalendar.sessionFor(List.of(march), d("2028-01-31"))).contains(march);
        assertThat(SessionCalendar.sessionFor(List.of(march), d("2028-02-01"))).isEmpty();
        // a default call opened on 29 February closes on 28 February of the next year
        assertThat(Call.open("Bissextile", Set.of(Scheme.TECHNOLOGY_GRAPE), d("2028-02-29"), null, null, null, DEFAULTS, "c", NOW)
                .closing()).isEqualTo(d("2029-02-28"));
    }

    @Test
    void a_session_whose_cut_off_precedes_the_opening_is_left_out() {
        List<SessionCalendar.Slot> slots = SessionCalendar.slots(d("2027-01-01"), d("2027-06-30"), 1, 45);
        assertThat(slots.get(0).date()).isEqualTo(d("2027-03-01"));
        assertThat(slots.get(0).number()).isEqualTo(1);
        assertThat(slots.get(0).cutOff()).isAfterOrEqualTo(d("2027-01-01"));
    }

    @Test
    void an_invalid_call_names_every_offending_field() {
        assertThatThrownBy(() -> Call.open(" ", Set.of(), d("2027-01-01"), d("2026-12-31"), 0, -1, DEFAULTS, "c", NOW))
                .isInstanceOfSatisfying(InvalidCallException.class, e -> assertThat(e.violations()).extracting(CallViolation::field)
                        .containsExactlyInAnyOrder("title", "schemes", "closingDate", "sessionIntervalMonths", "cutOffDays"));
        assertThatThrownBy(() -> Call.open("Trop long", Set.of(Scheme.ECONOMIC_CLUSTER), d("2027-01-01"), d("2030-01-02"), null, null,
                DEFAULTS, "c", NOW)).isInstanceOfSatisfying(InvalidCallException.class, e -> assertThat(e.violations())
                        .containsExactly(new CallViolation("closingDate", CallViolation.Code.CALL_TOO_LONG)));
    }

    @Test
    void calls_overlap_when_they_share_a_scheme_and_a_day() {
        Call a = Call.open("A", Set.of(Scheme.ECONOMIC_CLUSTER), d("2027-01-01"), null, null, null, DEFAULTS, "c", NOW);
        Call sameLastDay = Call.open("B", Set.of(Scheme.ECONOMIC_CLUSTER, Scheme.TECHNOLOGY_GRAPE), d("2027-12-31"), null, null, null,
                DEFAULTS, "c", NOW);
        Call next = Call.open("C", Set.of(Scheme.ECONOMIC_CLUSTER), d("2028-01-01"), null, null, null, DEFAULTS, "c", NOW);
        Call otherScheme = Call.open("D", Set.of(Scheme.COMPETITIVENESS_POLE), d("2027-06-01"), null, null, null, DEFAULTS, "c", NOW);
        assertThat(a.overlaps(sameLastDay)).isTrue();
        assertThat(a.overlaps(next)).isFalse();
        assertThat(a.overlaps(otherScheme)).isFalse();
        assertThat(a.overlaps(sameLastDay.cancelled())).isFalse();
    }

    @Test
    void the_closing_day_moves_until_it_passes_and_never_into_the_past() {
        Call a = Call.open("A", Set.of(Scheme.ECONOMIC_CLUSTER), d("2027-01-01"), null, null, null, DEFAULTS, "c", NOW);
        assertThat(a.withClosing(d("2028-03-31"), d("2027-12-31"), DEFAULTS).closing()).isEqualTo(d("2028-03-31"));
        assertThatThrownBy(() -> a.withClosing(d("2028-03-31"), d("2028-01-01"), DEFAULTS))
                .isInstanceOfSatisfying(CallRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(CallRefusedException.Reason.CALL_CLOSED));
        assertThatThrownBy(() -> a.withClosing(d("2027-05-31"), d("2027-06-01"), DEFAULTS))
                .isInstanceOfSatisfying(InvalidCallException.class, e -> assertThat(e.violations()).extracting(CallViolation::code)
                        .containsExactly(CallViolation.Code.CLOSING_IN_THE_PAST));
    }
}
