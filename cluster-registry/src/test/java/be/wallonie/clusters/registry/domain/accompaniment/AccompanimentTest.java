package be.wallonie.clusters.registry.domain.accompaniment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccompanimentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final UUID ORG = UUID.randomUUID();
    private static final UUID DOSSIER = UUID.randomUUID();

    private final AccompaniedProject project = AccompaniedProject.open(UUID.randomUUID(), new AccompaniedProject.Form("Lin",
            List.of(ORG), "cellule-1", TODAY.minusDays(10), null, null, null), refs(null), TODAY, "cellule-1", NOW);

    private References refs(AccompaniedProject known) {
        return new References() {
            @Override
            public boolean organisationExists(UUID id) {
                return ORG.equals(id);
            }

            @Override
            public boolean dossierExists(UUID id) {
                return DOSSIER.equals(id);
            }

            @Override
            public Optional<AccompaniedProject> project(UUID id) {
                return Optional.ofNullable(known).filter(p -> p.id().equals(id));
            }
        };
    }

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidAccompanimentException e) {
            return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void a_project_opens_then_becomes_a_dossier_one_version_more() {
        assertThat(project.status()).isEqualTo(ProjectStatus.OPEN);
        assertThat(project.version()).isEqualTo(1);
        AccompaniedProject became = project.change(new AccompaniedProject.Form("Lin", List.of(ORG), "cellule-1", TODAY.minusDays(10),
                "BECAME_DOSSIER", null, DOSSIER), refs(null), TODAY, "cellule-2", NOW);
        assertThat(became.version()).isEqualTo(2);
        assertThat(became.dossierId()).isEqualTo(DOSSIER);
        assertThat(ProjectSummary.of(became, 2, 150, TODAY).daysToSubmission()).isEqualTo(10);
        assertThat(ProjectSummary.of(project, 2, 150, TODAY).daysToSubmission()).isNull();
    }

    @Test
    void a_project_names_every_broken_rule() {
        assertThat(fields(() -> AccompaniedProject.open(UUID.randomUUID(), new AccompaniedProject.Form(" ", List.of(ORG, ORG,
                UUID.randomUUID()), "c", TODAY.plusDays(1), "OPEN", "why", DOSSIER), refs(null), TODAY, "c", NOW)))
                .containsExactly("name:REQUIRED", "organisationIds[1]:DUPLICATE", "organisationIds[2]:UNKNOWN_ORGANISATION",
                        "firstContactOn:IN_THE_FUTURE", "abandonReason:NOT_FOR_THIS_STATUS", "dossierId:NOT_FOR_THIS_STATUS");
    }

    @Test
    void an_act_is_corrected_then_cancelled_and_then_frozen() {
        AccompanimentAct act = AccompanimentAct.record(UUID.randomUUID(), new AccompanimentAct.Form(project.id(), null, "MEETING",
                TODAY, "cellule-1", List.of(ORG), "notes", 60), refs(project), TODAY, "cellule-1", NOW);
        AccompanimentAct corrected = act.correct(new AccompanimentAct.Form(project.id(), null, "MEETING", TODAY, "cellule-1",
                List.of(ORG), "notes", 45), "durée", refs(project), TODAY, "cellule-1", NOW);
        assertThat(corrected.version()).isEqualTo(2);
        AccompanimentAct cancelled = corrected.cancel("doublon", "cellule-1", NOW);
        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.version()).isEqualTo(3);
        assertThatThrownBy(() -> cancelled.cancel("encore", "cellule-1", NOW)).isInstanceOf(AccompanimentRefusedException.class);
    }

    @Test
    void an_act_names_a_project_and_a_dossier_only_when_the_project_became_that_dossier() {
        assertThat(fields(() -> AccompanimentAct.record(UUID.randomUUID(), new AccompanimentAct.Form(project.id(), DOSSIER, "VISIT",
                TODAY.plusDays(1), "c", List.of(), null, 0), refs(project), TODAY, "c", NOW)))
                .containsExactly("dossierId:NOT_THE_PROJECT_DOSSIER", "kind:UNKNOWN_KIND", "date:IN_THE_FUTURE", "minutesSpent:NOT_POSITIVE");
        assertThat(fields(() -> AccompanimentAct.record(UUID.randomUUID(), new AccompanimentAct.Form(null, null, "MEETING", TODAY, "c",
                null, "x".repeat(AccompanimentAct.MAX_NOTES + 1), 1441), refs(project), TODAY, "c", NOW)))
                .containsExactly("projectId:REQUIRED", "dossierId:REQUIRED", "notes:TOO_LONG", "minutesSpent:TOO_MANY_MINUTES");
    }
}
