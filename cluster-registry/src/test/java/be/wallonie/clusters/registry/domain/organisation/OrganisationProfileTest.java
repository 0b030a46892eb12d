package be.wallonie.clusters.registry.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationProfileTest {

    static final EnterpriseNumber NUMBER = EnterpriseNumber.parse("0403.170.701");

    static Establishment office(String postalCode, String country) {
        return Establishment.of("Rue de Fer 1", postalCode, "Ville", country, true);
    }

    static Establishment site(String postalCode, String country) {
        return Establishment.of("Rue de Fer 2", postalCode, "Ville", country, false);
    }

    static OrganisationProfile enterprise(List<Establishment> places) {
        return new OrganisationProfile("Bois du Condroz", NUMBER, OrganisationKind.ENTERPRISE, SizeClass.SMALL, 12,
                List.of(NaceCode.of("16.230")), places, null);
    }

    static List<Violation.Code> codes(Runnable r) {
        try {
            r.run();
        } catch (InvalidOrganisationException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
        throw new AssertionError("no violation");
    }

    @Test
    void a_walloon_registered_office_makes_a_walloon_organisation() {
        assertThat(enterprise(List.of(office("5000", "BE"))).region()).isEqualTo(Region.WALLONIA);
    }

    @Test
    void one_walloon_establishment_is_enough_whatever_the_registered_office() {
        assertThat(enterprise(List.of(office("1000", "BE"), site("6000", "BE"))).region()).isEqualTo(Region.WALLONIA);
        assertThat(enterprise(List.of(office("9000", "BE"), site("7999", "BE"))).region()).isEqualTo(Region.WALLONIA);
    }

    @Test
    void without_a_walloon_establishment_the_registered_office_decides() {
        assertThat(enterprise(List.of(office("1000", "BE"), site("9000", "BE"))).region()).isEqualTo(Region.BRUSSELS);
        assertThat(enterprise(List.of(site("1000", "BE"), office("9000", "BE"))).region()).isEqualTo(Region.FLANDERS);
        assertThat(enterprise(List.of(office("59000", "FR"), site("1000", "BE"))).region()).isEqualTo(Region.ABROAD);
    }

    @Test
    void a_foreign_organisation_may_have_no_enterprise_number_a_belgian_one_must() {
        OrganisationProfile lille = new OrganisationProfile("Institut Lillois", null, OrganisationKind.RESEARCH_CENTRE, null, null,
                List.of(), List.of(office("59000", "FR")), null);
        assertThat(lille.isBelgian()).isFalse();
        assertThat(lille.region()).isEqualTo(Region.ABROAD);

        assertThat(codes(() -> new OrganisationProfile("Namur SA", null, OrganisationKind.ENTERPRISE, SizeClass.MICRO, 1,
                List.of(), List.of(office("5000", "BE")), null)))
                .containsExactly(Violation.Code.ENTERPRISE_NUMBER_REQUIRED_FOR_BELGIAN_ORGANISATION);
    }

    @Test
    void an_enterprise_has_a_size_class_and_nothing_else_has_one() {
        assertThat(codes(() -> new OrganisationProfile("X", NUMBER, OrganisationKind.ENTERPRISE, null, 1, List.of(),
                List.of(office("5000", "BE")), null))).containsExactly(Violation.Code.SIZE_CLASS_REQUIRED_FOR_ENTERPRISE);
        assertThat(codes(() -> new OrganisationProfile("X", NUMBER, OrganisationKind.UNIVERSITY, SizeClass.LARGE, 1, List.of(),
                List.of(office("5000", "BE")), null))).containsExactly(Violation.Code.SIZE_CLASS_ONLY_FOR_ENTERPRISE);
        for (OrganisationKind kind : OrganisationKind.values()) {
            if (!kind.isEnterprise()) {
                assertThat(new OrganisationProfile("X", NUMBER, kind, null, null, List.of(), List.of(office("5000", "BE")), null)
                        .sizeClass()).isNull();
            }
        }
    }

    @Test
    void establishments_at_least_one_and_exactly_one_registered_office() {
        assertThat(codes(() -> enterprise(List.of()))).containsExactly(Violation.Code.AT_LEAST_ONE_ESTABLISHMENT);
        assertThat(codes(() -> enterprise(List.of(site("5000", "BE"))))).containsExactly(Violation.Code.EXACTLY_ONE_REGISTERED_OFFICE);
        assertThat(codes(() -> enterprise(List.of(office("5000", "BE"), office("4000", "BE")))))
                .containsExactly(Violation.Code.EXACTLY_ONE_REGISTERED_OFFICE);
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        assertThat(codes(() -> new OrganisationProfile(" ", null, null, null, -1, List.of(), List.of(), null)))
                .containsExactly(Violation.Code.REQUIRED, Violation.Code.REQUIRED, Violation.Code.NEGATIVE_EMPLOYEES,
                        Violation.Code.AT_LEAST_ONE_ESTABLISHMENT);
    }

    @Test
    void name_is_trimmed_and_bounded_and_nace_codes_deduplicated() {
        OrganisationProfile p = new OrganisationProfile("  Bois   du Condroz ", NUMBER, OrganisationKind.ENTERPRISE, SizeClass.SMALL, 0,
                List.of(NaceCode.of("16.230"), NaceCode.of("16.230"), NaceCode.of("41.201")), List.of(office("5000", "BE")), null);
        assertThat(p.name()).isEqualTo("Bois du Condroz");
        assertThat(p.naceCodes()).extracting(NaceCode::value).containsExactly("16.230", "41.201");
        assertThat(codes(() -> new OrganisationProfile("x".repeat(201), NUMBER, OrganisationKind.ENTERPRISE, SizeClass.SMALL, 0,
                List.of(), List.of(office("5000", "BE")), null))).containsExactly(Violation.Code.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"62.0", "62.01", "62.010", "01.110", "99.000"})
    void nace_bel_codes_at_group_class_and_subclass_level_are_accepted(String code) {
        assertThat(NaceCode.of(code).value()).isEqualTo(code);
        assertThat(NaceCode.of(code).division()).isEqualTo(code.substring(0, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"62", "62010", "62.0100", "00.10", "6.201", "A62.01", "62,01", ""})
    void malformed_nace_codes_are_refused(String code) {
        assertThat(codes(() -> NaceCode.of(code))).containsExactly(Violation.Code.NACE_CODE_FORMAT);
    }

    @Test
    void an_establishment_reports_all_its_problems() {
        assertThat(codes(() -> Establishment.of(" ", "999", null, "BE", true)))
                .containsExactly(Violation.Code.BELGIAN_POSTAL_CODE_FORMAT, Violation.Code.REQUIRED, Violation.Code.REQUIRED);
    }

    @Test
    void members_of_one_corporate_group_are_not_independent() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        OrganisationProfile base = enterprise(List.of(office("5000", "BE")));
        Organisation a = Organisation.register(withGroup(base, "Groupe Condroz"), "x", now);
        Organisation b = Organisation.register(withGroup(base, "  groupe   CONDROZ "), "x", now);
        Organisation c = Organisation.register(withGroup(base, "Autre groupe"), "x", now);
        Organisation d = Organisation.register(base, "x", now);
        assertThat(a.isIndependentOf(b)).isFalse();
        assertThat(b.isIndependentOf(a)).isFalse();
        assertThat(a.isIndependentOf(c)).isTrue();
        assertThat(a.isIndependentOf(d)).isTrue();
        assertThat(d.isIndependentOf(d)).isFalse();
        assertThat(d.isIndependentOf(a)).isTrue();
    }

    @Test
    void an_update_replaces_the_profile_and_keeps_identity() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        Instant t1 = Instant.parse("2026-02-01T00:00:00Z");
        Organisation o = Organisation.register(enterprise(List.of(office("1000", "BE"))), "cellule", t0);
        assertThat(o.region()).isEqualTo(Region.BRUSSELS);
        o.update(enterprise(List.of(office("1000", "BE"), site("5000", "BE"))), t1);
        assertThat(o.region()).isEqualTo(Region.WALLONIA);
        assertThat(o.createdAt()).isEqualTo(t0);
        assertThat(o.updatedAt()).isEqualTo(t1);
        assertThat(o.version()).isZero();
    }

    private static OrganisationProfile withGroup(OrganisationProfile p, String group) {
        return new OrganisationProfile(p.name(), p.enterpriseNumber(), p.kind(), p.sizeClass(), p.employees(), p.naceCodes(),
                p.establishments(), new CorporateGroup(group));
    }
}
