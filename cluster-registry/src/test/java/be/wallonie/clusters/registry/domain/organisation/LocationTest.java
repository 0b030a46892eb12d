package be.wallonie.clusters.registry.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocationTest {

    @ParameterizedTest
    @CsvSource({
            "1000, BRUSSELS", // Bruxelles
            "1299, BRUSSELS",
            "1300, WALLONIA", // Wavre
            "1348, WALLONIA", // Louvain-la-Neuve
            "1499, WALLONIA",
            "1500, FLANDERS", // Halle
            "3000, FLANDERS", // Leuven
            "3999, FLANDERS",
            "4000, WALLONIA", // Liège
            "4700, WALLONIA", // Eupen (German-speaking Community, Walloon Region)
            "5000, WALLONIA", // Namur
            "6000, WALLONIA", // Charleroi
            "7000, WALLONIA", // Mons
            "7999, WALLONIA",
            "8000, FLANDERS", // Brugge
            "9000, FLANDERS", // Gent
            "9999, FLANDERS",
    })
    void belgian_postal_codes_give_their_region_at_every_boundary(String postalCode, Region region) {
        assertThat(Location.of(postalCode, "BE").region()).isEqualTo(region);
        assertThat(Region.ofBelgianPostalCode(Integer.parseInt(postalCode))).isEqualTo(region);
    }

    @ParameterizedTest
    @ValueSource(strings = {"999", "0999", "0000", "10000", "50OO", "5 000", "B-5000"})
    void malformed_belgian_postal_codes_are_refused(String postalCode) {
        assertThatThrownBy(() -> Location.of(postalCode, "BE"))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("postalCode", Violation.Code.BELGIAN_POSTAL_CODE_FORMAT, postalCode)));
    }

    @ParameterizedTest
    @CsvSource({
            "59000, FR", // Lille
            "999, FR",
            "1000, NL",
            "5000, LU",
            "52062, DE", // Aachen
            "EC1A 1BB, GB",
            "1012-AB, NL",
    })
    void any_other_country_is_abroad_whatever_the_code(String postalCode, String country) {
        assertThat(Location.of(postalCode, country).region()).isEqualTo(Region.ABROAD);
    }

    @Test
    void input_is_normalised() {
        Location l = Location.of(" 5000 ", "be");
        assertThat(l).isEqualTo(new Location("5000", "BE"));
        assertThat(l.isBelgian()).isTrue();
        assertThat(Location.of("ec1a 1bb", "gb").postalCode()).isEqualTo("EC1A 1BB");
    }

    @Test
    void country_and_postal_code_are_required_and_checked_together() {
        assertThatThrownBy(() -> Location.of(" ", "BEL"))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.violations()).extracting(Violation::code)
                        .containsExactly(Violation.Code.COUNTRY_FORMAT, Violation.Code.REQUIRED));
        assertThatThrownBy(() -> Location.of("5000", null))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("country", Violation.Code.REQUIRED, null)));
    }

    @Test
    void a_foreign_code_with_odd_characters_is_refused() {
        assertThatThrownBy(() -> Location.of("59000!", "FR")).isInstanceOf(InvalidOrganisationException.class);
        assertThatThrownBy(() -> Location.of("12345678901", "FR")).isInstanceOf(InvalidOrganisationException.class);
    }

    @Test
    void outside_1000_9999_there_is_no_belgian_region() {
        assertThatThrownBy(() -> Region.ofBelgianPostalCode(999)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Region.ofBelgianPostalCode(10000)).isInstanceOf(IllegalArgumentException.class);
    }
}
