package be.wallonie.clusters.foundation.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void french_is_the_default_and_english_is_given_on_request() {
        LocalizedText text = LocalizedText.of("Dossier %s introuvable", "Dossier %s not found").formatted("X");
        assertThat(text.in(Locale.FRENCH)).isEqualTo("Dossier X introuvable");
        assertThat(text.in(Locale.GERMAN)).isEqualTo("Dossier X introuvable");
        assertThat(text.in(null)).isEqualTo("Dossier X introuvable");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Dossier X not found");
        assertThat(text.in(Locale.forLanguageTag("en-GB"))).isEqualTo("Dossier X not found");
    }

    @Test
    void problem_types_have_stable_uris() {
        assertThat(ProblemType.VALIDATION_FAILED.uri().toString())
                .isEqualTo("https://clusters.wallonie.be/problems/validation-failed");
    }
}
