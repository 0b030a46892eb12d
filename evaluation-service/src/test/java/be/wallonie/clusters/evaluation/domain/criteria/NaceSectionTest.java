package be.wallonie.clusters.evaluation.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NaceSectionTest {

    @ParameterizedTest(name = "division {0} is in section {1}")
    @CsvSource({
        "1, A", "3, A", "5, B", "9, B", "10, C", "33, C", "35, D", "36, E", "39, E", "41, F", "43, F",
        "45, G", "47, G", "49, H", "53, H", "55, I", "56, I", "58, J", "63, J", "64, K", "66, K", "68, L",
        "69, M", "75, M", "77, N", "82, N", "84, O", "85, P", "86, Q", "88, Q", "90, R", "93, R", "94, S",
        "96, S", "97, T", "98, T", "99, U"})
    void maps_the_bounds_of_every_section(int division, NaceSection section) {
        assertThat(NaceSection.ofDivision(division)).contains(section);
    }

    @ParameterizedTest(name = "division {0} does not exist in NACE Rev.2")
    @ValueSource(ints = {0, 4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89, 100, -1})
    void gaps_between_sections_are_not_divisions(int division) {
        assertThat(NaceSection.ofDivision(division)).isEmpty();
    }

    @Test
    void rev2_has_eighty_eight_divisions() {
        assertThat(IntStream.rangeClosed(0, 99).filter(d -> NaceSection.ofDivision(d).isPresent()).count())
                .isEqualTo(88);
    }

    @ParameterizedTest(name = "\"{0}\" is division {1}")
    @CsvSource(delimiter = '|', value = {
        "62.01|62", "6201|62", "62|62", " 25.11 |25", "C25.11|25", "c 25.11|25", "01.11|1"})
    void reads_the_usual_code_formats(String code, int division) {
        assertThat(NaceSection.divisionOf(code)).hasValue(division);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"x", "6", "ab.cd", "04.11", "C"})
    void unreadable_codes_have_no_division(String code) {
        assertThat(NaceSection.divisionOf(code)).isEmpty();
    }

    @Test
    void a_bare_section_letter_is_its_section() {
        assertThat(NaceSection.ofCode("C")).contains(NaceSection.C);
        assertThat(NaceSection.ofCode("q")).contains(NaceSection.Q);
        assertThat(NaceSection.ofCode("Z")).isEmpty();
        assertThat(NaceSection.ofCode("72.19")).contains(NaceSection.M);
        assertThat(NaceSection.ofCode(null)).isEmpty();
    }

    @Test
    void sections_carry_their_french_title() {
        assertThat(NaceSection.C.titleFr()).isEqualTo("Industrie manufacturière");
    }
}
