package be.wallonie.clusters.evaluation.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.evaluation.domain.session.SessionChangeRefused.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComiteSessionTest {

    static final Instant NOW = Instant.parse("2026-12-10T17:00:00Z");
    final UUID case1 = UUID.randomUUID();
    final UUID case2 = UUID.randomUUID();
    final UUID expert1 = UUID.randomUUID();
    final UUID expert2 = UUID.randomUUID();

    ComiteSession planned() {
        return ComiteSession.plan(LocalDate.of(2026, 12, 10), null, NOW, "secretariat-1");
    }

    ComiteSession.ItemOutcome reached(ComiteSession.AgendaItem item) {
        return new ComiteSession.ItemOutcome(item.caseId(), UUID.randomUUID(), false, null, null,
                item.recusals().stream().map(ComiteSession.Recusal::expertId).toList());
    }

    static Reason reason(Runnable change) {
        try {
            change.run();
        } catch (SessionChangeRefused e) {
            return e.reason();
        }
        throw new AssertionError("the change was not refused");
    }

    @Test
    void each_change_is_one_version_higher_and_kept_items_keep_their_recusals() {
        ComiteSession s = planned().withAgenda(List.of(case1, case2)).withAttendance(List.of(expert1, expert2))
                .withRecusals(case2, List.of(new ComiteSession.Recusal(expert2, "lien avec un membre")));
        assertThat(s.version()).isEqualTo(3);
        ComiteSession reordered = s.withAgenda(List.of(case2, case1));
        assertThat(reordered.agenda().get(0).recusals()).extracting(ComiteSession.Recusal::expertId).containsExactly(expert2);
        assertThat(reordered.withAgenda(List.of(case1)).agenda().get(0).recusals()).isEmpty();
    }

    @Test
    void recusals_need_the_case_on_the_agenda_and_the_expert_present_who_then_stays_present() {
        ComiteSession s = planned().withAgenda(List.of(case1)).withAttendance(List.of(expert1));
        assertThat(reason(() -> s.withRecusals(case2, List.of()))).isEqualTo(Reason.CASE_NOT_ON_AGENDA);
        assertThat(reason(() -> s.withRecusals(case1, List.of(new ComiteSession.Recusal(expert2, "x"))))).isEqualTo(Reason.EXPERT_NOT_PRESENT);
        ComiteSession recused = s.withRecusals(case1, List.of(new ComiteSession.Recusal(expert1, "x")));
        assertThat(reason(() -> recused.withAttendance(List.of(expert2)))).isEqualTo(Reason.EXPERT_NOT_PRESENT);
        assertThatThrownBy(() -> new ComiteSession.Recusal(expert1, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duplicates_are_refused() {
        assertThat(reason(() -> planned().withAgenda(List.of(case1, case1)))).isEqualTo(Reason.DUPLICATE);
        assertThat(reason(() -> planned().withAttendance(List.of(expert1, expert1)))).isEqualTo(Reason.DUPLICATE);
    }

    @Test
    void closing_needs_agenda_attendance_and_minutes_then_nothing_changes() {
        assertThat(reason(() -> planned().close(this::reached, NOW, "s"))).isEqualTo(Reason.INCOMPLETE_RECORD);
        ComiteSession ready = planned().withAgenda(List.of(case1)).withAttendance(List.of(expert1)).withMinutes("  PV  ");
        assertThat(ready.minutes()).isEqualTo("PV");
        ComiteSession closed = ready.close(this::reached, NOW, "secretariat-2");
        assertThat(closed.status()).isEqualTo(ComiteSession.Status.CLOSED);
        assertThat(closed.results()).hasSize(1);
        assertThat(closed.closedBy()).isEqualTo("secretariat-2");
        assertThat(reason(() -> closed.withMinutes("autre"))).isEqualTo(Reason.SESSION_CLOSED);
        assertThat(reason(() -> closed.withAgenda(List.of()))).isEqualTo(Reason.SESSION_CLOSED);
        assertThat(reason(() -> closed.withAttendance(List.of()))).isEqualTo(Reason.SESSION_CLOSED);
        assertThat(reason(() -> closed.close(this::reached, NOW, "s"))).isEqualTo(Reason.SESSION_CLOSED);
    }

    @Test
    void an_outcome_names_its_opinion_exactly_when_one_was_reached() {
        assertThatThrownBy(() -> new ComiteSession.ItemOutcome(case1, UUID.randomUUID(), true, null, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ComiteSession.ItemOutcome(case1, UUID.randomUUID(), false, UUID.randomUUID(), "FAVOURABLE", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
