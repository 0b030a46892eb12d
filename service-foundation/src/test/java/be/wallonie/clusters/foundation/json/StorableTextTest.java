package be.wallonie.clusters.foundation.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorableTextTest {

    record Organisation(String name, List<String> naceCodes) {
    }

    final ObjectMapper json = new ObjectMapper().registerModule(StorableText.module());

    @Test
    void nul_other_c0_controls_and_unpaired_surrogates_are_forbidden_tab_line_breaks_and_pairs_are_text() {
        assertThat(StorableText.forbiddenCharacter("a\u0000b")).hasValue(0);
        assertThat(StorableText.forbiddenCharacter("a\u001bb")).hasValue(0x1b);
        assertThat(StorableText.forbiddenCharacter("a\ud800")).hasValue(0xd800);
        assertThat(StorableText.forbiddenCharacter("\udc00a")).hasValue(0xdc00);
        assertThat(StorableText.forbiddenCharacter("Scierie\tdu\r\nCondroz \ud83c\udf32 é")).isEmpty();
    }

    @Test
    void a_request_body_with_a_nul_is_refused_with_the_field_path_and_the_character() {
        assertThatThrownBy(() -> json.readValue("{\"name\": \"ok\", \"naceCodes\": [\"16.230\", \"a\\u0000\"]}", Organisation.class))
                .isInstanceOfSatisfying(UnstorableTextException.class, e -> {
                    assertThat(e.codePoint()).isZero();
                    assertThat(e.getPath()).hasSize(2);
                    assertThat(e.getPath().get(0).getFieldName()).isEqualTo("naceCodes");
                    assertThat(e.getPath().get(1).getIndex()).isEqualTo(1);
                });
    }

    @Test
    void ordinary_text_reads_as_before() throws Exception {
        assertThat(json.readValue("{\"name\": \"Bois \\t & Co \\ud83c\\udf32\", \"naceCodes\": null}", Organisation.class).name())
                .isEqualTo("Bois \t & Co \ud83c\udf32");
    }
}
