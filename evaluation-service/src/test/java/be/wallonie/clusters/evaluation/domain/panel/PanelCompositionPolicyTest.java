package be.wallonie.clusters.evaluation.domain.panel;

import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.expert.Conflict;
import be.wallonie.clusters.evaluation.domain.expert.Expert;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PanelCompositionPolicyTest {

    static final String DOMAIN = "éco-construction";
    final PanelCompositionPolicy policy = new PanelCompositionPolicy(PanelRules.defaults());

    static Candidate candidate(String name, String country, Set<String> domains, boolean specialist, boolean staff, int load,
            Conflict... conflicts) {
        return new Candidate(new Expert(UUID.randomUUID(), "u-" + name, name, country, domains, specialist, staff, List.of(),
                Instant.EPOCH, 0), List.of(conflicts), load);
    }

    static Candidate domainExpert(String name) {
        return candidate(name, "BE", Set.of("Éco-construction"), false, false, 0);
    }

    static Candidate specialist(String name) {
        return candidate(name, "BE", Set.of(), true, false, 0);
    }

    static Candidate foreigner(String name) {
        return candidate(name, "FR", Set.of(), false, false, 0);
    }

    static List<PanelRule> rules(List<PanelViolation> v) {
        return v.stream().map(PanelViolation::rule).toList();
    }

    @Test
    void a_panel_meeting_every_default_rule_is_valid() {
        assertThat(policy.check(List.of(domainExpert("A"), specialist("B"), foreigner("C")), List.of(), List.of(), DOMAIN)).isEmpty();
    }

    @Test
    void one_expert_may_cover_several_profiles() {
        Candidate all = candidate("A", "NL", Set.of(DOMAIN), true, false, 0);
        assertThat(policy.check(List.of(all, domainExpert("B"), domainExpert("C")), List.of(), List.of(), DOMAIN)).isEmpty();
    }

    @Test
    void each_rule_is_named_when_broken() {
        assertThat(rules(policy.check(List.of(domainExpert("A"), specialist("B")), List.of(), List.of(), DOMAIN)))
                .containsExactly(PanelRule.PANEL_SIZE, PanelRule.FOREIGN_EXPERT);
        assertThat(rules(policy.check(List.of(specialist("A"), specialist("B"), foreigner("C")), List.of(), List.of(), DOMAIN)))
                .containsExactly(PanelRule.DOMAIN_COMPETENCE);
        assertThat(rules(policy.check(List.of(domainExpert("A"), domainExpert("B"), foreigner("C")), List.of(), List.of(), DOMAIN)))
                .containsExactly(PanelRule.REGIONAL_DEVELOPMENT_SPECIALIST);
    }

    @Test
    void a_conflicted_expert_and_a_staff_member_are_refused_by_name() {
        Conflict link = new Conflict(Conflict.Kind.AFFILIATION, "0812345603", "Bois", UUID.randomUUID(), UUID.randomUUID(), "TWEED");
        Candidate conflicted = candidate("C", "FR", Set.of(), false, false, 0, link);
        Candidate staff = candidate("S", "BE", Set.of(), true, true, 0,
                new Conflict(Conflict.Kind.PUBLIC_AUTHORITY_STAFF, null, null, null, null, null));
        List<PanelViolation> v = policy.check(List.of(domainExpert("A"), staff, conflicted), List.of(), List.of(), DOMAIN);
        assertThat(rules(v)).containsExactly(PanelRule.NO_CONFLICT_OF_INTEREST, PanelRule.NO_PUBLIC_AUTHORITY_STAFF);
        assertThat(v.get(0).expertId()).isEqualTo(conflicted.expert().id());
        assertThat(v.get(0).message().en()).contains("TWEED");
        assertThat(v.get(1).expertId()).isEqualTo(staff.expert().id());
    }

    @Test
    void unknown_and_duplicate_experts_are_named() {
        UUID ghost = UUID.randomUUID();
        Candidate a = domainExpert("A");
        List<PanelViolation> v = policy.check(List.of(a, specialist("B")), List.of(ghost), List.of(a.expert().id()), DOMAIN);
        assertThat(rules(v)).contains(PanelRule.UNKNOWN_EXPERT, PanelRule.DUPLICATE_EXPERT, PanelRule.FOREIGN_EXPERT)
                .doesNotContain(PanelRule.PANEL_SIZE);
    }

    @Test
    void the_rules_are_configuration() {
        PanelCompositionPolicy five = new PanelCompositionPolicy(new PanelRules(5, 2, 1, 2, 3, "BE"));
        assertThat(rules(five.check(List.of(domainExpert("A"), specialist("B"), foreigner("C")), List.of(), List.of(), DOMAIN)))
                .containsExactly(PanelRule.PANEL_SIZE, PanelRule.DOMAIN_COMPETENCE, PanelRule.FOREIGN_EXPERT, PanelRule.HOME_COUNTRY_EXPERT);
    }

    @Test
    void the_proposal_is_valid_prefers_the_least_loaded_and_skips_the_ineligible() {
        Candidate busyDomain = candidate("A-busy", "BE", Set.of(DOMAIN), false, false, 3);
        Candidate freeDomain = candidate("Z-free", "BE", Set.of(DOMAIN), false, false, 0);
        Candidate conflictedForeigner = candidate("F1", "FR", Set.of(), false, false, 0,
                new Conflict(Conflict.Kind.DECLARED_INTEREST, "0812345603", "Bois", UUID.randomUUID(), UUID.randomUUID(), "TWEED"));
        Candidate foreigner = candidate("F2", "LU", Set.of(), false, false, 1);
        Candidate staff = candidate("S", "BE", Set.of(), true, true, 0);
        Candidate specialist = candidate("R", "BE", Set.of(), true, false, 2);
        List<Candidate> pool = List.of(busyDomain, freeDomain, conflictedForeigner, foreigner, staff, specialist);

        PanelCompositionPolicy.Proposal p = policy.propose(pool, DOMAIN);

        assertThat(p.possible()).isTrue();
        assertThat(p.experts()).extracting(c -> c.expert().name()).containsExactlyInAnyOrder("Z-free", "R", "F2");
        assertThat(policy.check(p.experts(), List.of(), List.of(), DOMAIN)).isEmpty();
        assertThat(policy.propose(pool, DOMAIN).experts()).isEqualTo(p.experts());
    }

    @Test
    void ties_break_by_name_so_the_proposal_is_deterministic() {
        // four interchangeable foreign experts: the rule asking for one based in Belgium is off here, the order is what is tested
        PanelCompositionPolicy noHomeRule = new PanelCompositionPolicy(new PanelRules(3, 1, 1, 1, 0, "BE"));
        Candidate b = candidate("Bertrand", "FR", Set.of(DOMAIN), true, false, 0);
        Candidate a = candidate("Alice", "FR", Set.of(DOMAIN), true, false, 0);
        Candidate c = candidate("Chloé", "FR", Set.of(DOMAIN), true, false, 0);
        Candidate d = candidate("David", "FR", Set.of(DOMAIN), true, false, 0);
        assertThat(noHomeRule.propose(List.of(d, c, b, a), DOMAIN).experts()).extracting(x -> x.expert().name())
                .containsExactly("Alice", "Bertrand", "Chloé");
    }

    @Test
    void a_panel_of_foreign_experts_only_is_refused_naming_the_home_country_rule() {
        Candidate all = candidate("A", "NL", Set.of(DOMAIN), true, false, 0);
        List<PanelViolation> v = policy.check(List.of(all, foreigner("B"), foreigner("C")), List.of(), List.of(), DOMAIN);
        assertThat(rules(v)).containsExactly(PanelRule.HOME_COUNTRY_EXPERT);
        assertThat(v.get(0).message().fr()).contains("BE").contains("wallons et étrangers");
        assertThat(v.get(0).message().en()).contains("based in BE");
        // and a panel of Belgians only breaks the foreign rule, as before
        assertThat(rules(policy.check(List.of(domainExpert("D"), specialist("E"), domainExpert("F")), List.of(), List.of(), DOMAIN)))
                .containsExactly(PanelRule.FOREIGN_EXPERT);
    }

    @Test
    void the_proposal_seats_an_expert_based_in_belgium_when_the_profiles_were_filled_from_abroad() {
        Candidate foreignDomain = candidate("A-dom", "FR", Set.of(DOMAIN), false, false, 0);
        Candidate foreignSpecialist = candidate("B-spec", "ES", Set.of(), true, false, 0);
        Candidate idleForeigner = candidate("C-idle", "DE", Set.of(), false, false, 0);
        Candidate busyBelgian = candidate("Z-busy", "BE", Set.of(), false, false, 4);
        PanelCompositionPolicy.Proposal p = policy.propose(List.of(foreignDomain, foreignSpecialist, idleForeigner, busyBelgian), DOMAIN);
        assertThat(p.possible()).isTrue();
        // the least-loaded foreigner would have taken the last seat; the Belgian, busier, takes it for the rule
        assertThat(p.experts()).extracting(c -> c.expert().name()).containsExactlyInAnyOrder("A-dom", "B-spec", "Z-busy");

        PanelCompositionPolicy.Proposal none = policy.propose(List.of(foreignDomain, foreignSpecialist, idleForeigner), DOMAIN);
        assertThat(none.possible()).isFalse();
        assertThat(rules(none.unmet())).containsExactly(PanelRule.HOME_COUNTRY_EXPERT);
    }

    @Test
    void min_home_at_zero_turns_the_home_country_rule_off() {
        PanelCompositionPolicy off = new PanelCompositionPolicy(new PanelRules(3, 1, 1, 1, 0, "BE"));
        Candidate foreignDomain = candidate("A-dom", "FR", Set.of(DOMAIN), false, false, 0);
        Candidate foreignSpecialist = candidate("B-spec", "ES", Set.of(), true, false, 0);
        Candidate idleForeigner = candidate("C-idle", "DE", Set.of(), false, false, 0);
        assertThat(off.check(List.of(foreignDomain, foreignSpecialist, idleForeigner), List.of(), List.of(), DOMAIN)).isEmpty();
        assertThat(off.propose(List.of(foreignDomain, foreignSpecialist, idleForeigner, candidate("Z-busy", "BE", Set.of(), false, false, 4)),
                DOMAIN).experts()).extracting(c -> c.expert().name()).containsExactlyInAnyOrder("A-dom", "B-spec", "C-idle");
    }

    @Test
    void no_proposal_when_a_profile_is_missing_and_the_reason_says_which() {
        PanelCompositionPolicy.Proposal p = policy.propose(List.of(domainExpert("A"), specialist("B"), domainExpert("C")), DOMAIN);
        assertThat(p.possible()).isFalse();
        assertThat(p.experts()).isEmpty();
        assertThat(rules(p.unmet())).containsExactly(PanelRule.FOREIGN_EXPERT);
    }
}
