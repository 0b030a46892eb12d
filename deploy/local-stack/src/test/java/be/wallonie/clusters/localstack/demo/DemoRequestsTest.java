package be.wallonie.clusters.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.localstack.demo.DemoDataset.Dossier;
import be.wallonie.clusters.localstack.demo.DemoDataset.Expert;
import be.wallonie.clusters.localstack.demo.DemoDataset.Organisation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mapping from the demo dataset to the request bodies the loader sends (no service involved). */
class DemoRequestsTest {

    static DemoDataset data;
    static Map<String, UUID> ids;

    @BeforeAll
    static void load() {
        data = DemoDataset.fromClasspath();
        ids = new HashMap<>();
        data.organisations().forEach(o -> ids.put(o.key(), UUID.nameUUIDFromBytes(o.key().getBytes())));
    }

    static Dossier dossier(String key) {
        return data.dossiers().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    static Organisation organisation(String key) {
        return data.organisation(key).orElseThrow();
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void the_dataset_reads_as_its_readme_says() {
        assertThat(data.organisations()).hasSize(231);
        assertThat(data.dossiers()).hasSize(23);
        assertThat(data.count(DemoDataset.VALIDATED)).isEqualTo(17);
        assertThat(data.count(DemoDataset.SUBMITTED)).isEqualTo(2);
        assertThat(data.count(DemoDataset.COMPLETE_DRAFT) + data.count(DemoDataset.DRAFT)).isEqualTo(4);
    }

    @Test
    void an_organisation_is_sent_without_its_key_nor_the_derived_regions() {
        Organisation o = organisation("plastiwin-01");
        ObjectNode body = DemoRequests.organisation(o);
        assertThat(body.has("key")).isFalse();
        assertThat(body.has("region")).isFalse();
        assertThat(body.path("name").asText()).isEqualTo(o.name());
        assertThat(body.path("enterpriseNumber").asText()).isEqualTo(o.enterpriseNumber());
        assertThat(body.path("kind").asText()).isEqualTo("ENTERPRISE");
        assertThat(body.path("sizeClass").asText()).isEqualTo(o.sizeClass());
        assertThat(body.path("employees").asInt()).isEqualTo(o.employees());
        assertThat(list(body.path("naceCodes")).stream().map(JsonNode::asText).toList()).isEqualTo(o.naceCodes());
        assertThat(body.path("corporateGroup").asText()).isEqualTo(o.corporateGroup());
        JsonNode office = body.path("establishments").get(0);
        assertThat(office.has("region")).isFalse();
        assertThat(office.path("postalCode").asText()).isEqualTo(o.establishments().get(0).postalCode());
        assertThat(office.path("country").asText()).isEqualTo("BE");
        assertThat(office.path("registeredOffice").asBoolean()).isEqualTo(o.establishments().get(0).registeredOffice());
    }

    @Test
    void an_organisation_abroad_has_no_enterprise_number_and_a_support_organisation_no_size() {
        Organisation abroad = data.organisations().stream().filter(o -> o.enterpriseNumber() == null).findFirst().orElseThrow();
        assertThat(DemoRequests.organisation(abroad).path("enterpriseNumber").isNull()).isTrue();
        assertThat(DemoRequests.organisation(organisation("univ-val-de-meuse")).path("sizeClass").isNull()).isTrue();
    }

    @Test
    void a_new_dossier_carries_name_scheme_volet_and_focus() {
        Dossier d = dossier("skywin");
        ObjectNode body = DemoRequests.createDossier(d);
        assertThat(body.path("name").asText()).isEqualTo("Skywin");
        assertThat(body.path("acronym").asText()).isEqualTo(d.acronym());
        assertThat(body.path("scheme").asText()).isEqualTo("COMPETITIVENESS_POLE");
        assertThat(body.path("entryVolet").asText()).isEqualTo("VALIDATION");
        assertThat(body.path("focus").path("kind").asText()).isEqualTo(d.focus().kind());
        assertThat(body.path("focus").path("domain").asText()).isEqualTo(d.focus().domain());
        assertThat(body.path("focus").path("description").asText()).isEqualTo(d.focus().description());
    }

    @Test
    void the_content_names_every_organisation_by_the_registry_id() {
        for (Dossier d : data.dossiers()) {
            ObjectNode c = DemoRequests.content(d, ids);
            Set<String> memberIds = list(c.path("members")).stream().map(m -> m.path("organisationId").asText()).collect(Collectors.toSet());
            assertThat(memberIds).as(d.key()).isEqualTo(d.members().stream().map(m -> ids.get(m.org()).toString()).collect(Collectors.toSet()));
            for (JsonNode r : c.path("relations")) {
                assertThat(memberIds).as(d.key() + " relation").contains(r.path("fromOrganisationId").asText(), r.path("toOrganisationId").asText());
            }
            for (JsonNode o : c.path("objectives")) {
                list(o.path("endorsedBy")).forEach(e -> assertThat(memberIds).as(d.key() + " endorser").contains(e.asText()));
            }
            for (JsonNode a : c.path("actions")) {
                list(a.path("participants")).forEach(p -> assertThat(memberIds).as(d.key() + " participant").contains(p.asText()));
            }
            assertThat(c.path("relations")).hasSize(d.relations().size());
            assertThat(c.path("objectives")).hasSize(d.objectives().size());
            assertThat(c.path("expectedGains")).hasSize((int) d.expectedGains().stream().filter(DemoRequests::quantified).count());
            assertThat(c.path("actions")).hasSize(d.actions().size());
        }
    }

    @Test
    void core_group_members_carry_their_co_optation_and_the_others_none() {
        Dossier d = dossier("aresa");
        List<JsonNode> members = list(DemoRequests.content(d, ids).path("members"));
        for (int i = 0; i < members.size(); i++) {
            JsonNode m = members.get(i);
            assertThat(m.path("role").asText()).isEqualTo(d.members().get(i).role());
            if (d.members().get(i).role().equals("CORE_GROUP")) {
                assertThat(m.path("coOptation").path("on").asText()).isEqualTo(d.members().get(i).coOptedOn().toString());
                assertThat(m.path("coOptation").path("by").asText()).isNotBlank();
            } else {
                assertThat(m.has("coOptation")).isFalse();
            }
            assertThat(m.path("decisionCentreAbroad").asBoolean()).isEqualTo(d.members().get(i).decisionCentreAbroad());
        }
    }

    @Test
    void actions_keep_the_registrys_enum_names_dates_budget_and_outcome() {
        Dossier d = dossier("plastiwin");
        JsonNode a = DemoRequests.content(d, ids).path("actions").get(0);
        DemoDataset.Action source = d.actions().get(0);
        assertThat(a.path("title").asText()).isEqualTo(source.title());
        assertThat(a.path("type").asText()).isEqualTo(source.type());
        assertThat(a.path("category").asText()).isEqualTo(source.category());
        assertThat(a.path("axis").asText()).isEqualTo(source.axis());
        assertThat(a.path("orientation").asText()).isEqualTo(source.orientation());
        assertThat(a.path("startDate").asText()).isEqualTo(source.startDate().toString());
        assertThat(a.path("endDate").asText()).isEqualTo(source.endDate().toString());
        assertThat(a.path("recurring").asBoolean()).isEqualTo(source.recurring());
        assertThat(a.path("budget").decimalValue()).isEqualByComparingTo(source.budget());
        // the registry's ActionAxis names (cluster-registry domain/dossier/ActionAxis)
        Set<String> axes = Set.of("KNOW_AND_MAKE_KNOWN", "COMMERCIAL_LINKS", "PARTNERSHIPS", "PROMOTION", "KNOWLEDGE_SHARING", "SYNERGIES");
        data.dossiers().forEach(x -> list(DemoRequests.content(x, ids).path("actions"))
                .forEach(y -> assertThat(axes).as(x.key()).contains(y.path("axis").asText())));
    }

    @Test
    void governance_flags_become_stated_rules_and_the_ambition_the_vision() {
        Dossier aresa = dossier("aresa");
        ObjectNode c = DemoRequests.content(aresa, ids);
        assertThat(c.path("vision").asText()).isEqualTo(aresa.governance().ambitionStatement());
        assertThat(c.path("governance").path("admissionRules").asText()).isEqualTo(DemoRequests.ADMISSION_RULES);
        assertThat(c.path("governance").path("noPoachingRule").asText()).isEqualTo(DemoRequests.NO_POACHING_RULE);
        assertThat(c.path("governance").path("decisionMaking").asText()).isEqualTo(aresa.governance().decisionMaking());
        assertThat(c.path("privateContributionsPerYear").decimalValue()).isEqualByComparingTo(aresa.privateContributionsPerYear());

        // the sawmills have no no-poaching rule (MISSING_FUNCTIONING_RULES): stated as absent
        ObjectNode sawmills = DemoRequests.content(dossier("scieries-feuillus"), ids);
        assertThat(sawmills.path("governance").path("noPoachingRule").isNull()).isTrue();
        assertThat(sawmills.path("governance").path("admissionRules").asText()).isNotBlank();

        // the early drafts have neither governance nor vision yet
        ObjectNode textile = DemoRequests.content(dossier("textile"), ids);
        assertThat(textile.path("governance").isNull()).isTrue();
        assertThat(textile.path("vision").isNull()).isTrue();
        assertThat(textile.path("privateContributionsPerYear").isNull()).isTrue();
    }

    @Test
    void expected_gains_are_sent_quantified_and_an_unquantified_one_is_left_out() {
        Dossier aresa = dossier("aresa");
        JsonNode gain = DemoRequests.content(aresa, ids).path("expectedGains").get(0);
        assertThat(gain.path("description").asText()).isEqualTo(aresa.expectedGains().get(0).description());
        assertThat(gain.path("indicator").asText()).isEqualTo(aresa.expectedGains().get(0).indicator());
        assertThat(gain.path("targetValue").decimalValue()).isEqualByComparingTo(aresa.expectedGains().get(0).targetValue());
        assertThat(gain.path("unit").asText()).isEqualTo(aresa.expectedGains().get(0).unit());
        // the sawmills' "résultats attendus non encore chiffrés": the registry requires indicator, target and unit
        Dossier sawmills = dossier("scieries-feuillus");
        assertThat(sawmills.expectedGains()).anyMatch(g -> !DemoRequests.quantified(g));
        list(DemoRequests.content(sawmills, ids).path("expectedGains")).forEach(g -> {
            assertThat(g.path("indicator").asText()).isNotBlank();
            assertThat(g.path("targetValue").isNumber()).isTrue();
            assertThat(g.path("unit").asText()).isNotBlank();
        });
    }

    @Test
    void an_unregistered_organisation_is_reported_with_the_dossier() {
        Map<String, UUID> missing = new HashMap<>(ids);
        missing.remove("aresa-03");
        assertThatThrownBy(() -> DemoRequests.content(dossier("aresa"), missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aresa").hasMessageContaining("aresa-03");
    }

    @Test
    void the_animateur_post_is_employed_by_a_member_and_absent_for_early_drafts() {
        Dossier d = dossier("wagralim");
        ObjectNode post = DemoRequests.animatorPost(d, ids);
        assertThat(post.path("employerOrganisationId").asText()).isEqualTo(ids.get(d.animator().employer()).toString());
        assertThat(post.path("fte").decimalValue()).isEqualByComparingTo(d.animator().fte());
        assertThat(post.path("startDate").asText()).isEqualTo(d.animator().startDate().toString());
        assertThat(post.path("yearlyCost").decimalValue()).isEqualByComparingTo(d.animator().yearlyCost());
        assertThat(post.path("privateContributionsPerYear").decimalValue()).isEqualByComparingTo(d.privateContributionsPerYear());
        assertThat(post.path("animatorName").asText()).isEqualTo(d.animator().name());
        assertThat(DemoRequests.animatorPost(dossier("biotech-iaa"), ids)).isNull();
    }

    @Test
    void the_region_validates_from_the_datasets_agrement_start_and_only_validated_dossiers_have_one() {
        Dossier d = dossier("twist");
        ObjectNode decision = DemoRequests.validation(d, d.agrementStart().plusDays(10));
        assertThat(decision.path("outcome").asText()).isEqualTo("VALIDATED");
        assertThat(decision.path("agrementStart").asText()).isEqualTo(d.agrementStart().toString());
        assertThatThrownBy(() -> DemoRequests.validation(dossier("ossature-bois"), d.agrementStart()))
                .hasMessageContaining("ossature-bois");
    }

    @Test
    void an_agrement_that_would_have_ended_on_the_load_day_starts_in_the_period_in_force() {
        Dossier d = dossier("twist");
        LocalDate start = d.agrementStart();
        // the last day of the first agrément: still the dataset's start
        assertThat(DemoRequests.agrementStart(d, start.plusYears(3).minusDays(1))).isEqualTo(start);
        // the day after it ended, and seven years on: the period in force, same day of the year
        assertThat(DemoRequests.agrementStart(d, start.plusYears(3))).isEqualTo(start.plusYears(3));
        assertThat(DemoRequests.agrementStart(d, start.plusYears(7))).isEqualTo(start.plusYears(6));
    }

    @Test
    void experts_score_every_criterion_favourably_with_reasons_from_the_dossier() {
        Dossier d = dossier("mecatech");
        List<List<Integer>> bySeat = new ArrayList<>();
        for (int seat = 0; seat < 3; seat++) {
            List<JsonNode> scores = list(DemoRequests.scores(d, data, seat).path("scores"));
            assertThat(scores.stream().map(s -> s.path("criterion").asText()).toList()).isEqualTo(DemoRequests.CRITERIA);
            scores.forEach(s -> {
                assertThat(s.path("score").asInt()).isBetween(3, 5);
                assertThat(s.path("reason").asText()).isNotBlank();
            });
            bySeat.add(scores.stream().map(s -> s.path("score").asInt()).toList());
        }
        assertThat(bySeat.get(0)).isNotEqualTo(bySeat.get(1)); // experts differ, the consensus is still ≥ 3
        long enterprises = d.members().stream().filter(m -> organisation(m.org()).enterprise()).count();
        assertThat(list(DemoRequests.scores(d, data, 0).path("scores")).get(1).path("reason").asText())
                .startsWith(enterprises + " entreprises parmi " + d.members().size() + " membres");
    }

    @Test
    void the_expert_pool_covers_every_focus_domain_and_can_fill_every_panel() {
        List<Expert> experts = data.experts();
        assertThat(experts.stream().map(Expert::userId).distinct()).hasSize(experts.size());
        for (Dossier d : data.dossiers()) {
            String domain = d.focus().domain().toLowerCase(Locale.ROOT);
            List<Expert> competent = experts.stream().filter(e -> e.domains().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(domain))).toList();
            assertThat(competent).as(d.key() + ": an expert competent in " + d.focus().domain()).isNotEmpty();
            // the §4 rules with the defaults: 3 experts, one competent, one regional-development specialist, one foreign
            boolean possible = false;
            for (Expert c : competent) {
                for (Expert r : experts) {
                    for (Expert third : experts) {
                        Set<Expert> panel = new HashSet<>(List.of(c, r, third));
                        possible |= panel.size() == 3 && r.regionalDevelopmentSpecialist() && panel.stream().anyMatch(e -> !e.country().equals("BE"));
                    }
                }
            }
            assertThat(possible).as(d.key() + ": a panel").isTrue();
        }
        assertThat(experts.stream().filter(e -> e.country().equals("BE"))).isNotEmpty();
        assertThat(experts.stream().filter(e -> !e.country().equals("BE"))).isNotEmpty();
    }

    @Test
    void demo_experts_have_no_link_to_any_demo_organisation() {
        Set<String> people = data.dossiers().stream().filter(d -> d.animator() != null).map(d -> d.animator().name()).collect(Collectors.toSet());
        Set<String> organisations = data.organisations().stream().map(Organisation::name).collect(Collectors.toSet());
        for (Expert e : data.experts()) {
            ObjectNode body = DemoRequests.expert(e);
            assertThat(body.path("affiliations")).as(e.key()).isEmpty();
            assertThat(body.path("publicAuthorityStaff").asBoolean()).isFalse();
            assertThat(body.path("userId").asText()).isEqualTo("demo-expert-" + e.key());
            assertThat(people).as(e.key()).doesNotContain(e.name());
            assertThat(organisations).as(e.key()).doesNotContain(e.name());
        }
    }

    @Test
    void a_grape_and_a_pole_declare_their_funded_beneficiary_and_an_economic_cluster_none() {
        Map<String, UUID> ids = new HashMap<>();
        data.organisations().forEach(o -> ids.put(o.key(), UUID.nameUUIDFromBytes(o.key().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        ObjectNode grape = DemoRequests.fundedBeneficiary(dossier("matphot"), ids);
        assertThat(grape.path("organisationId").asText()).isEqualTo(ids.get("rc-couches-minces").toString());
        assertThat(grape.path("yearlyEligibleCosts").asText()).isEqualTo("32000.00");
        ObjectNode pole = DemoRequests.fundedBeneficiary(dossier("biowin"), ids);
        assertThat(pole.path("organisationId").asText()).isEqualTo(ids.get("biowin-01").toString());
        assertThat(pole.has("yearlyEligibleCosts")).as("a pole is funded by its projects").isFalse();
        assertThat(DemoRequests.fundedBeneficiary(dossier("plastiwin"), ids)).isNull();
    }

    @Test
    void a_pole_project_moves_on_with_the_agrement() {
        Dossier biowin = dossier("biowin"); // agrément from 2024-01-01, projects in 2024–2026
        DemoDataset.PoleProject first = biowin.poleProjects().get(0);
        ObjectNode asWritten = DemoRequests.poleProject(biowin, first, LocalDate.of(2026, 12, 31));
        assertThat(asWritten.path("startDate").asText()).isEqualTo(first.startDate().toString());
        assertThat(asWritten.path("callYear").asInt()).isEqualTo(first.callYear());
        assertThat(asWritten.path("budget").asText()).isEqualTo("1200000.00");
        assertThat(asWritten.path("privateContributions").asText()).isEqualTo("480000.00");
        // loaded on 2027-01-01 the agrément starts 2027-01-01: the project moves on by the same three years
        ObjectNode moved = DemoRequests.poleProject(biowin, first, LocalDate.of(2027, 1, 1));
        assertThat(moved.path("startDate").asText()).isEqualTo(first.startDate().plusYears(3).toString());
        assertThat(moved.path("endDate").asText()).isEqualTo(first.endDate().plusYears(3).toString());
        assertThat(moved.path("callYear").asInt()).isEqualTo(first.callYear() + 3);
        assertThat(moved.path("kind").asText()).isEqualTo("R_AND_D");
    }

    @Test
    void the_demo_call_covers_the_three_schemes_from_today() {
        ObjectNode call = DemoRequests.call(LocalDate.of(2026, 12, 1));
        assertThat(call.path("openingDate").asText()).isEqualTo("2026-12-01");
        assertThat(list(call.path("schemes")).stream().map(JsonNode::asText).toList()).containsExactly("ECONOMIC_CLUSTER", "COMPETITIVENESS_POLE",
                "TECHNOLOGY_GRAPE");
        assertThat(call.path("title").asText()).contains("2026");
    }
}
