package be.wallonie.clusters.evaluation.domain.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase.CaseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorklistStatesTest {

    static CaseWorkItem item(int seated, int declared, int submitted, UUID agenda) {
        return new CaseWorkItem(UUID.randomUUID(), UUID.randomUUID(), 1, 1, "TWEED", "Énergie", "ECONOMIC_CLUSTER", null, null,
                Instant.EPOCH, Instant.EPOCH, 3, seated, declared, submitted, agenda, agenda == null ? null : LocalDate.of(2026, 12, 10));
    }

    @Test
    void a_case_moves_through_the_states_as_the_panel_works_and_the_agenda_takes_precedence() {
        assertThat(item(2, 2, 2, null).state()).isEqualTo(CaseWorkState.AWAITING_PANEL);
        assertThat(item(3, 2, 0, null).state()).isEqualTo(CaseWorkState.AWAITING_DECLARATIONS);
        assertThat(item(3, 2, 0, null).reason()).isEqualTo(new LocalizedText("2 déclaration(s) d'absence de conflit signée(s) sur 3",
                "2 of 3 no-conflict declarations signed"));
        assertThat(item(3, 3, 1, null).state()).isEqualTo(CaseWorkState.AWAITING_SCORES);
        assertThat(item(3, 3, 3, null).state()).isEqualTo(CaseWorkState.READY_FOR_OPINION);
        CaseWorkItem onAgenda = item(3, 3, 1, UUID.randomUUID());
        assertThat(onAgenda.state()).isEqualTo(CaseWorkState.ON_AGENDA);
        assertThat(onAgenda.progress()).isEqualTo(CaseWorkState.AWAITING_SCORES);
        assertThat(onAgenda.reason().en()).isEqualTo("On the agenda of the session of 2026-12-10; 1 of 3 score sheets submitted");
    }

    static Assignment seat(CaseStatus status, Instant removed, Instant declared, boolean draft, Instant submitted) {
        return new Assignment(UUID.randomUUID(), UUID.randomUUID(), 1, "TWEED", status, Instant.EPOCH, removed,
                removed == null ? null : "RECUSED", removed == null ? null : new LocalizedText("Récusé", "Recused"), declared, draft, submitted);
    }

    @Test
    void an_experts_sheet_state_is_their_own_progress() {
        Instant t = Instant.EPOCH;
        assertThat(seat(CaseStatus.OPEN, null, null, false, null).state()).isEqualTo(SheetState.DECLARATION_TO_SIGN);
        assertThat(seat(CaseStatus.OPEN, null, t, true, null).state()).isEqualTo(SheetState.SCORES_TO_GIVE);
        assertThat(seat(CaseStatus.OPINION_ISSUED, null, t, true, t).state()).isEqualTo(SheetState.SUBMITTED);
        assertThat(seat(CaseStatus.SUPERSEDED, null, t, false, null).state()).isEqualTo(SheetState.ROUND_CLOSED);
        Assignment recused = seat(CaseStatus.OPEN, t, t, true, t);
        assertThat(recused.state()).isEqualTo(SheetState.VOIDED);
        assertThat(recused.reason().en()).isEqualTo("Recused");
    }
}
