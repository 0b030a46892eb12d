package be.wallonie.clusters.registry.domain.avis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CelluleAvisTest {

    private static final UUID DOSSIER = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");

    private static AvisText text(String recommendation) {
        return AvisText.of(recommendation, "en", "  A note  ", "A summary",
                List.of(new AvisText.RawCriterion("CRITICAL_MASS", "PARTLY_MET", "6 of 8")));
    }

    @Test
    void texts_are_kept_as_written_in_the_declared_language() {
        AvisText t = text("RESERVED");
        assertThat(t.language()).isEqualTo(AvisLanguage.EN);
        assertThat(t.informationNote()).isEqualTo("A note");
        assertThat(t.criteria()).containsExactly(new CriterionAvis(AvisCriterion.CRITICAL_MASS, Assessment.PARTLY_MET, "6 of 8"));
    }

    @Test
    void every_offending_field_is_named_at_once() {
        assertThatThrownBy(() -> AvisText.of("MAYBE", "de", null, " ", List.of(
                new AvisText.RawCriterion("DURABILITY", "MET", "ok"), new AvisText.RawCriterion("DURABILITY", "SO_SO", ""),
                new AvisText.RawCriterion("TECHNOLOGY", "MET", "routes only"))))
                .isInstanceOfSatisfying(InvalidCelluleAvisException.class, e -> assertThat(e.violations()).containsExactlyInAnyOrder(
                        new AvisViolation("recommendation", AvisViolation.Code.UNKNOWN_VALUE),
                        new AvisViolation("language", AvisViolation.Code.UNKNOWN_VALUE),
                        new AvisViolation("informationNote", AvisViolation.Code.REQUIRED),
                        new AvisViolation("summary", AvisViolation.Code.REQUIRED),
                        new AvisViolation("criteria[1].criterion", AvisViolation.Code.DUPLICATE),
                        new AvisViolation("criteria[1].assessment", AvisViolation.Code.UNKNOWN_VALUE),
                        new AvisViolation("criteria[1].reason", AvisViolation.Code.REQUIRED),
                        new AvisViolation("criteria[2].criterion", AvisViolation.Code.UNKNOWN_VALUE)));
    }

    @Test
    void each_save_is_the_next_version_of_the_same_avis_until_the_panel_freezes_it() {
        CelluleAvis v1 = CelluleAvis.write(DOSSIER, 1, List.of(), Optional.empty(), text("RESERVED"), "cellule-1", AT);
        CelluleAvis v2 = CelluleAvis.write(DOSSIER, 1, List.of(v1), Optional.empty(), text("FAVOURABLE"), "cellule-2", AT);
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.avisId()).isEqualTo(v1.avisId());

        Optional<AvisFreeze> frozenAt1 = Optional.of(new AvisFreeze(DOSSIER, 1, UUID.randomUUID(), 1, AT));
        assertThatThrownBy(() -> CelluleAvis.write(DOSSIER, 1, List.of(v1, v2), frozenAt1, text("UNFAVOURABLE"), "cellule-1", AT))
                .isInstanceOfSatisfying(CelluleAvisRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(CelluleAvisRefusedException.Reason.FROZEN));
        assertThat(v1.seenByComite(frozenAt1)).isTrue();
        assertThat(v2.seenByComite(frozenAt1)).isFalse();
        assertThat(v2.seenByComite(Optional.empty())).isTrue();
        assertThat(v1.seenByComite(Optional.of(new AvisFreeze(DOSSIER, 1, UUID.randomUUID(), null, AT)))).isFalse();
    }

    @Test
    void the_applicant_reads_it_as_configured() {
        assertThat(ApplicantVisibility.AFTER_DECISION.allows(false)).isFalse();
        assertThat(ApplicantVisibility.AFTER_DECISION.allows(true)).isTrue();
        assertThat(ApplicantVisibility.NEVER.allows(true)).isFalse();
        assertThat(ApplicantVisibility.ALWAYS.allows(false)).isTrue();
    }
}
