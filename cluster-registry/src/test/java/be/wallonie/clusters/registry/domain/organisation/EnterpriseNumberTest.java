package be.wallonie.clusters.registry.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EnterpriseNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"0403170701", "0403.170.701", "BE0403170701", "BE 0403.170.701", "be0403.170.701",
            " 0403 170 701 ", "BE 0403 170 701"})
    void every_accepted_format_of_the_domain_example_normalises_to_dotted_form(String raw) {
        EnterpriseNumber n = EnterpriseNumber.parse(raw);
        assertThat(n.value()).isEqualTo("0403.170.701");
        assertThat(n.digits()).isEqualTo("0403170701");
        assertThat(n).isEqualTo(EnterpriseNumber.parse("0403170701"));
    }

    @ParameterizedTest
    @CsvSource({
            // first eight digits, expected check digits: 97 - (n mod 97)
            "04031707, 01",
            "08123456, 03",
            "09999999, 22",
            "10000000, 21",
            "00000097, 97", // n mod 97 = 0 gives 97, never 00
    })
    void the_check_digits_are_97_minus_the_first_eight_mod_97(String firstEight, String check) {
        assertThat(EnterpriseNumber.checkDigits(Long.parseLong(firstEight))).isEqualTo(Integer.parseInt(check));
        assertThat(EnterpriseNumber.isValid(firstEight + check)).isTrue();
    }

    @Test
    void a_number_starting_with_1_is_valid_when_its_check_digits_are() {
        assertThat(EnterpriseNumber.parse("1000.000.021").value()).isEqualTo("1000.000.021");
    }

    @ParameterizedTest
    @CsvSource({
            "0403.170.702, ENTERPRISE_NUMBER_CHECKSUM",
            "0403.170.700, ENTERPRISE_NUMBER_CHECKSUM",
            "0304.170.701, ENTERPRISE_NUMBER_CHECKSUM",
            "2403.170.7xx, ENTERPRISE_NUMBER_FORMAT",
            "2000.000.020, ENTERPRISE_NUMBER_FIRST_DIGIT",
            "9999.999.922, ENTERPRISE_NUMBER_FIRST_DIGIT",
            "403.170.701, ENTERPRISE_NUMBER_FORMAT",
            "04031707011, ENTERPRISE_NUMBER_FORMAT",
            "0403-170-701, ENTERPRISE_NUMBER_FORMAT",
            "FR0403170701, ENTERPRISE_NUMBER_FORMAT",
            "BE, ENTERPRISE_NUMBER_FORMAT",
            "abcdefghij, ENTERPRISE_NUMBER_FORMAT",
    })
    void invalid_numbers_are_refused_with_their_reason_on_the_enterpriseNumber_field(String raw, Violation.Code reason) {
        assertThatThrownBy(() -> EnterpriseNumber.parse(raw))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).field()).isEqualTo("enterpriseNumber");
                    assertThat(e.violations().get(0).code()).isEqualTo(reason);
                    assertThat(e.violations().get(0).rejectedValue()).isEqualTo(raw);
                });
        assertThat(EnterpriseNumber.isValid(raw)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blank_is_required(String raw) {
        assertThatThrownBy(() -> EnterpriseNumber.parse(raw)).isInstanceOfSatisfying(InvalidOrganisationException.class,
                e -> assertThat(e.violations().get(0).code()).isEqualTo(Violation.Code.REQUIRED));
        assertThat(EnterpriseNumber.isValid(null)).isFalse();
    }
}
