package be.wallonie.clusters.evaluation.domain.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConflictOfInterestPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final String MEMBER = "0812345603";
    static final String OTHER = "0403170701";
    static final UUID DOSSIER = UUID.randomUUID();
    static final UUID CASE = UUID.randomUUID();
    static final List<ClusterMembership> KNOWN = List.of(new ClusterMembership(MEMBER, "Bois & Ossature SRL", DOSSIER, CASE, "TWEED"));

    final ConflictOfInterestPolicy policy = ConflictOfInterestPolicy.defaults();

    static Expert expert(boolean staff, Affiliation... affiliations) {
        return new Expert(UUID.randomUUID(), "u-" + UUID.randomUUID(), "Anna Keller", "DE", Set.of("énergie"), false, staff,
                List.of(affiliations), Instant.parse("2026-01-01T00:00:00Z"), 0);
    }

    static InterestDeclaration declaring(Expert e, String number) {
        return new InterestDeclaration(UUID.randomUUID(), e.id(), e.userId(), Instant.parse("2026-02-01T00:00:00Z"), "sur l'honneur",
                List.of(new DeclaredInterest(number, "Org", "actionnaire")));
    }

    @Test
    void an_expert_without_links_is_eligible() {
        assertThat(policy.conflictsOf(expert(false), List.of(), KNOWN, TODAY)).isEmpty();
    }

    @Test
    void a_present_affiliation_with_a_member_of_any_known_cluster_is_a_conflict_naming_organisation_and_case() {
        Expert e = expert(false, new Affiliation(MEMBER, "Bois & Ossature SRL", "administratrice", LocalDate.of(2020, 1, 1), null));
        List<Conflict> conflicts = policy.conflictsOf(e, List.of(), KNOWN, TODAY);
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.AFFILIATION);
            assertThat(c.enterpriseNumber()).isEqualTo(MEMBER);
            assertThat(c.caseId()).isEqualTo(CASE);
            assertThat(c.clusterName()).isEqualTo("TWEED");
            assertThat(c.describeEn()).contains("Bois & Ossature SRL", "TWEED");
        });
    }

    @Test
    void a_past_affiliation_counts_during_the_cool_off_and_not_after() {
        Affiliation endedTwoYearsAgo = new Affiliation(MEMBER, "Bois", null, LocalDate.of(2015, 1, 1), TODAY.minusYears(2));
        Affiliation endedFourYearsAgo = new Affiliation(MEMBER, "Bois", null, LocalDate.of(2015, 1, 1), TODAY.minusYears(4));
        assertThat(policy.conflictsOf(expert(false, endedTwoYearsAgo), List.of(), KNOWN, TODAY)).hasSize(1);
        assertThat(policy.conflictsOf(expert(false, endedFourYearsAgo), List.of(), KNOWN, TODAY)).isEmpty();
        assertThat(new ConflictOfInterestPolicy(Period.ofYears(5)).conflictsOf(expert(false, endedFourYearsAgo), List.of(), KNOWN, TODAY))
                .hasSize(1);
    }

    @Test
    void an_affiliation_with_an_organisation_in_no_known_cluster_is_no_conflict() {
        Expert e = expert(false, new Affiliation(OTHER, "Université", null, null, null));
        assertThat(policy.conflictsOf(e, List.of(), KNOWN, TODAY)).isEmpty();
    }

    @Test
    void the_newest_declaration_of_interests_is_checked() {
        Expert e = expert(false);
        assertThat(policy.conflictsOf(e, declaring(e, MEMBER).interests(), KNOWN, TODAY)).singleElement()
                .extracting(Conflict::kind).isEqualTo(Conflict.Kind.DECLARED_INTEREST);
        assertThat(policy.conflictsOf(e, declaring(e, OTHER).interests(), KNOWN, TODAY)).isEmpty();
    }

    @Test
    void cellule_or_region_staff_is_ineligible_whatever_their_links() {
        assertThat(policy.conflictsOf(expert(true), List.of(), List.of(), TODAY)).singleElement()
                .extracting(Conflict::kind).isEqualTo(Conflict.Kind.PUBLIC_AUTHORITY_STAFF);
    }

    @Test
    void a_member_of_several_clusters_gives_one_conflict_per_cluster() {
        UUID otherCase = UUID.randomUUID();
        List<ClusterMembership> known = List.of(KNOWN.get(0), new ClusterMembership(MEMBER, "Bois", UUID.randomUUID(), otherCase, "Plastiwin"));
        Expert e = expert(false, new Affiliation(MEMBER, "Bois", null, null, null));
        assertThat(policy.conflictsOf(e, List.of(), known, TODAY)).hasSize(2);
    }

    @Test
    void enterprise_numbers_are_normalised_and_checked() {
        assertThat(EnterpriseNumber.normalise("BE 0812.345.603")).contains(MEMBER);
        assertThat(EnterpriseNumber.normalise("812345603")).contains(MEMBER);
        assertThat(EnterpriseNumber.normalise("0812.345.604")).isEmpty();
        assertThat(EnterpriseNumber.normalise(null)).isEmpty();
    }

    @Test
    void a_member_of_a_draft_the_registry_announced_is_a_conflict_that_names_no_cluster_and_no_case() {
        UUID draft = UUID.randomUUID();
        Expert e = expert(false, new Affiliation(OTHER, "Scierie Mosane SA", "gérante", LocalDate.of(2021, 1, 1), null));
        List<Conflict> conflicts = policy.conflictsOf(e, List.of(),
                List.of(ClusterMembership.announced(OTHER, "Nom dans le brouillon", "BE", draft, ClusterStage.DRAFT)), TODAY);
        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.announcedStage()).isEqualTo(ClusterStage.DRAFT);
            assertThat(c.caseId()).isNull();
            assertThat(c.describeFr()).isEqualTo("lié à Scierie Mosane SA (%s), membre d'un cluster en projet".formatted(OTHER));
            assertThat(c.describeEn()).isEqualTo("affiliated with Scierie Mosane SA (%s), member of a cluster in preparation".formatted(OTHER))
                    .doesNotContain("brouillon", draft.toString());
        });
        assertThat(policy.conflictsOf(e, List.of(), List.of(ClusterMembership.announced(OTHER, "X", "BE", draft, ClusterStage.VALIDATED)),
                TODAY)).singleElement().satisfies(c -> assertThat(c.describeEn()).endsWith("member of an existing cluster"));
    }

    @Test
    void an_announced_member_whose_dossiers_snapshot_names_the_same_link_adds_no_second_conflict() {
        Expert e = expert(false, new Affiliation(MEMBER, "Bois & Ossature SRL", null, LocalDate.of(2020, 1, 1), null));
        List<ClusterMembership> known = List.of(KNOWN.get(0),
                ClusterMembership.announced(MEMBER, "Bois & Ossature SRL", "BE", DOSSIER, ClusterStage.SUBMITTED),
                ClusterMembership.announced(MEMBER, "Bois & Ossature SRL", "BE", UUID.randomUUID(), ClusterStage.DRAFT));
        assertThat(policy.conflictsOf(e, List.of(), known, TODAY)).extracting(Conflict::announcedStage)
                .containsExactlyInAnyOrder(null, ClusterStage.DRAFT);
    }
}
