package be.wallonie.clusters.evaluation.domain.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Organisations abroad matched by normalised name and country; declared interests that stand until the secretariat ends them. */
class ForeignOrganisationsAndStandingInterestsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final UUID CASE = UUID.randomUUID();
    static final List<ClusterMembership> KNOWN = List.of(
            new ClusterMembership(null, "Optique Lumière S.A.S.", UUID.randomUUID(), CASE, "PHOTONIQUE", "FR"));

    final ConflictOfInterestPolicy policy = ConflictOfInterestPolicy.defaults();

    static Expert expert(Affiliation... affiliations) {
        return new Expert(UUID.randomUUID(), "u-" + UUID.randomUUID(), "Claire Martin", "FR", Set.of("photonique"), false, false,
                List.of(affiliations), Instant.parse("2026-01-01T00:00:00Z"), 0);
    }

    @Test
    void names_are_compared_without_case_accents_punctuation_or_legal_form() {
        assertThat(OrganisationName.normalise("Optique Lumière S.A.S.")).isEqualTo("optique lumiere");
        assertThat(OrganisationName.normalise("OPTIQUE-LUMIERE sas")).isEqualTo("optique lumiere");
        assertThat(OrganisationName.normalise("Müller & Söhne GmbH")).isEqualTo("muller sohne");
        assertThat(OrganisationName.normalise("Acme Ltd.")).isEqualTo(OrganisationName.normalise("ACME"));
        assertThat(OrganisationName.normalise("Bois SRL")).isEqualTo("bois");
        assertThat(OrganisationName.normalise("Hout BV")).isEqualTo("hout");
        assertThat(OrganisationName.normalise("Solvay SA")).isEqualTo("solvay");
        assertThat(OrganisationName.key("Optique Lumière", "fr")).isEqualTo("FR:optique lumiere");
        assertThat(OrganisationName.key("Optique Lumière", null)).isNull();
    }

    @Test
    void an_affiliation_abroad_named_by_name_and_country_is_a_conflict_with_the_member_of_the_same_name_and_country() {
        Expert e = expert(new Affiliation(null, "OPTIQUE LUMIERE", "directrice", LocalDate.of(2021, 1, 1), null, "FR"));
        assertThat(policy.conflictsOf(e, List.of(), KNOWN, TODAY)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.AFFILIATION);
            assertThat(c.enterpriseNumber()).isNull();
            assertThat(c.country()).isEqualTo("FR");
            assertThat(c.caseId()).isEqualTo(CASE);
            assertThat(c.describeEn()).contains("OPTIQUE LUMIERE", "FR", "same name and country", "PHOTONIQUE");
            assertThat(c.describeFr()).contains("même nom et même pays");
        });
    }

    @Test
    void the_same_name_in_another_country_is_another_organisation() {
        Expert e = expert(new Affiliation(null, "Optique Lumière", null, null, null, "DE"));
        assertThat(policy.conflictsOf(e, List.of(), KNOWN, TODAY)).isEmpty();
    }

    @Test
    void a_declared_interest_abroad_is_matched_by_name_and_country() {
        Expert e = expert();
        assertThat(policy.conflictsOf(e, List.of(new DeclaredInterest(null, "optique lumiere sas", "actionnaire", "fr")), KNOWN, TODAY))
                .singleElement().extracting(Conflict::kind).isEqualTo(Conflict.Kind.DECLARED_INTEREST);
    }

    @Test
    void an_organisation_is_named_by_number_or_by_name_and_country() {
        assertThatThrownBy(() -> new Affiliation(null, "Optique", null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeclaredInterest(null, "Optique", "actionnaire", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DeclaredInterest("0812345603", "Bois", "actionnaire").organisationKey()).isEqualTo("BCE:0812345603");
        assertThat(new DeclaredInterest(null, "Optique SAS", "actionnaire", "FR").organisationKey()).isEqualTo("FR:optique");
    }

    static InterestDeclaration declaration(UUID expert, String at, DeclaredInterest... interests) {
        return new InterestDeclaration(UUID.randomUUID(), expert, "u", Instant.parse(at), "sur l'honneur", List.of(interests));
    }

    static InterestEnding ending(UUID expert, String key, String at) {
        return new InterestEnding(UUID.randomUUID(), expert, key, "Org", LocalDate.of(2026, 5, 1), Instant.parse(at), "secretariat",
                "parts cédées");
    }

    @Test
    void a_newer_declaration_without_the_interest_does_not_retract_it() {
        UUID e = UUID.randomUUID();
        DeclaredInterest bois = new DeclaredInterest("0812345603", "Bois", "actionnaire");
        DeclaredInterest optique = new DeclaredInterest(null, "Optique", "conseil", "FR");
        List<DeclaredInterest> standing = DeclaredInterests.standing(List.of(
                declaration(e, "2026-01-01T00:00:00Z", bois),
                declaration(e, "2026-03-01T00:00:00Z", optique),
                declaration(e, "2026-04-01T00:00:00Z")), List.of());
        assertThat(standing).containsExactlyInAnyOrder(bois, optique);
    }

    @Test
    void only_the_secretariats_ending_removes_an_interest_and_a_later_declaration_restores_it() {
        UUID e = UUID.randomUUID();
        DeclaredInterest bois = new DeclaredInterest("0812345603", "Bois", "actionnaire");
        List<InterestDeclaration> declarations = List.of(declaration(e, "2026-01-01T00:00:00Z", bois));
        InterestEnding ended = ending(e, "BCE:0812345603", "2026-06-01T00:00:00Z");
        assertThat(DeclaredInterests.standing(declarations, List.of(ended))).isEmpty();
        // an ending recorded before the declaration does not end it
        assertThat(DeclaredInterests.standing(declarations, List.of(ending(e, "BCE:0812345603", "2025-06-01T00:00:00Z"))))
                .containsExactly(bois);
        // declared again after its end: it stands again
        assertThat(DeclaredInterests.standing(List.of(declarations.get(0), declaration(e, "2026-07-01T00:00:00Z", bois)), List.of(ended)))
                .containsExactly(bois);
        // the policy sees a standing interest as a conflict, not an ended one
        ClusterMembership member = new ClusterMembership("0812345603", "Bois", UUID.randomUUID(), CASE, "TWEED");
        Expert x = expert();
        assertThat(policy.conflictsOf(x, DeclaredInterests.standing(declarations, List.of()), List.of(member), TODAY)).hasSize(1);
        assertThat(policy.conflictsOf(x, DeclaredInterests.standing(declarations, List.of(ended)), List.of(member), TODAY)).isEmpty();
    }
}
