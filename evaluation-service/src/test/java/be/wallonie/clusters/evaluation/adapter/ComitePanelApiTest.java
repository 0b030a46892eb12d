package be.wallonie.clusters.evaluation.adapter;

import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.as;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.composePanel;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.expert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.member;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.panelBody;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.registerExpert;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.scoreAndSubmit;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.scores;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.secretariat;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.signNoConflict;
import static be.wallonie.clusters.evaluation.adapter.ComiteFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import be.wallonie.clusters.contracts.CloudEvent;
import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.EventCodec;
import be.wallonie.clusters.contracts.EventSchemas;
import be.wallonie.clusters.contracts.Topics;
import be.wallonie.clusters.contracts.evaluation.OpinionIssuedV1;
import be.wallonie.clusters.testing.EnterpriseNumbers;
import be.wallonie.clusters.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Experts, conflicts of interest, panels, scores and the opinion through the API, on the real PostgreSQL and Kafka. */
@QuarkusTest
class ComitePanelApiTest {

    final ComiteFixtures fx = new ComiteFixtures();

    /** Three experts who together meet the default panel rules for {@code domain}. */
    record Team(String domainUser, String domainId, String specialistUser, String specialistId, String foreignUser, String foreignId) {

        static Team of(String domain) {
            String d = unique("dom");
            String s = unique("spec");
            String f = unique("for");
            return new Team(d, registerExpert(d, "BE", domain, false, false, null), s, registerExpert(s, "BE", "développement régional", true,
                    false, null), f, registerExpert(f, "FR", "industrie", false, false, null));
        }

        String[] ids() {
            return new String[] {domainId, specialistId, foreignId};
        }

        List<String> users() {
            return List.of(domainUser, specialistUser, foreignUser);
        }
    }

    @Test
    void experts_are_registered_read_updated_with_if_match_and_filtered() {
        String domain = unique("bois");
        String user = unique("expert");
        String body = """
                {"userId": "%s", "name": "Anna Keller", "country": "de", "domains": ["%s"], "regionalDevelopmentSpecialist": true,
                 "publicAuthorityStaff": false,
                 "affiliations": [{"enterpriseNumber": "BE %s", "organisationName": "Bureau Keller", "from": "2010-01-01", "to": "2015-12-31"}]}"""
                .formatted(user, domain, EnterpriseNumbers.fresh());
        String id = secretariat().contentType(ContentType.JSON).body(body).post("/api/v1/experts")
                .then().statusCode(201).header("ETag", "\"0\"").body("country", equalTo("DE")).body("eligible", equalTo(true))
                .body("affiliations[0].enterpriseNumber", org.hamcrest.Matchers.matchesPattern("\\d{10}")).extract().path("id");

        secretariat().get("/api/v1/experts/{id}", id).then().statusCode(200).header("ETag", "\"0\"").body("userId", equalTo(user));
        expert(user).get("/api/v1/experts/{id}", id).then().statusCode(200);
        expert(user).get("/api/v1/experts/me").then().statusCode(200).body("id", equalTo(id));
        expert(unique("nobody")).get("/api/v1/experts/me").then().statusCode(404).body("code", equalTo("NOT_AN_EXPERT"));
        expert(unique("someone-else")).get("/api/v1/experts/{id}", id).then().statusCode(404);

        secretariat().contentType(ContentType.JSON).body(body).put("/api/v1/experts/{id}", id).then().statusCode(428);
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body).put("/api/v1/experts/{id}", id)
                .then().statusCode(412).header("ETag", "\"0\"");
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body.replace("Anna Keller", "Anna Keller-Braun"))
                .put("/api/v1/experts/{id}", id).then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Anna Keller-Braun"));

        secretariat().queryParam("domain", domain.toUpperCase()).queryParam("regionalDevelopmentSpecialist", "true").queryParam("country", "DE")
                .get("/api/v1/experts").then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id))
                .body("totalItems", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(20));
        secretariat().queryParam("domain", domain).queryParam("country", "FR").get("/api/v1/experts").then().body("items", hasSize(0));
        secretariat().queryParam("size", "0").get("/api/v1/experts").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void an_invalid_expert_is_refused_with_every_field_named_and_nothing_stored() {
        String user = unique("bad");
        secretariat().contentType(ContentType.JSON).header("Accept-Language", "en").body("""
                {"userId": "%s", "name": " ", "country": "Belgium", "domains": [],
                 "affiliations": [{"enterpriseNumber": "0812.345.604", "organisationName": "X"}]}""".formatted(user))
                .post("/api/v1/experts").then().statusCode(400)
                .body("type", equalTo("https://clusters.wallonie.be/problems/validation-failed"))
                .body("errors.field", hasItems("name", "country", "affiliations[0].enterpriseNumber"));
        expert(user).queryParam("dossierId", UUID.randomUUID()).get("/api/v1/evaluation-cases").then().statusCode(403)
                .body("code", equalTo("NOT_AN_EXPERT"));
    }

    @Test
    void only_the_secretariat_manages_experts() {
        as("applicant", "APPLICANT").get("/api/v1/experts").then().statusCode(403);
        as("region", "REGION").contentType(ContentType.JSON).body("{}").post("/api/v1/experts").then().statusCode(403);
        as("cellule", "CELLULE").get("/api/v1/experts/{id}", UUID.randomUUID()).then().statusCode(403);
        given().get("/api/v1/experts").then().statusCode(401);
    }

    @Test
    void declarations_of_interests_are_signed_by_the_expert_timestamped_and_append_only() {
        String user = unique("decl");
        String id = registerExpert(user, "FR", "chimie", false, false, null);
        String number = EnterpriseNumbers.fresh();
        expert(user).contentType(ContentType.JSON).body("""
                {"statement": "Je déclare sur l'honneur mes liens.", "interests": [{"enterpriseNumber": "%s", "organisationName": "Chimie SA",
                 "nature": "actionnaire"}]}""".formatted(number))
                .post("/api/v1/experts/{id}/declarations", id).then().statusCode(201).body("signedBy", equalTo(user))
                .body("signedAt", org.hamcrest.Matchers.notNullValue()).body("interests[0].nature", equalTo("actionnaire"));
        expert(user).contentType(ContentType.JSON).body("{\"statement\": \"Aucun lien.\", \"interests\": []}")
                .post("/api/v1/experts/{id}/declarations", id).then().statusCode(201);
        expert(unique("other")).contentType(ContentType.JSON).body("{\"statement\": \"x\"}")
                .post("/api/v1/experts/{id}/declarations", id).then().statusCode(403).body("code", equalTo("NOT_THE_EXPERT"));
        secretariat().contentType(ContentType.JSON).body("{\"statement\": \"x\"}")
                .post("/api/v1/experts/{id}/declarations", id).then().statusCode(403);
        expert(user).contentType(ContentType.JSON).body("{\"statement\": \" \", \"interests\": [{\"enterpriseNumber\": \"12\"}]}")
                .post("/api/v1/experts/{id}/declarations", id).then().statusCode(400)
                .body("errors.field", hasItems("statement", "interests[0].enterpriseNumber", "interests[0].organisationName", "interests[0].nature"));

        secretariat().get("/api/v1/experts/{id}/declarations", id).then().statusCode(200).body("$", hasSize(2))
                .body("[0].statement", equalTo("Aucun lien.")).body("[1].interests[0].enterpriseNumber", equalTo(number.replace(".", "")));
    }

    @Test
    void a_conflicted_expert_is_refused_on_a_panel_with_the_rule_named_and_a_broken_composition_names_each_rule() {
        String domain = unique("photonique");
        String linked = EnterpriseNumbers.fresh();
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(linked, "Photon SA"), member(EnterpriseNumbers.fresh(), "Laser SRL"));
        Team team = Team.of(domain);
        String conflictedUser = unique("conflicted");
        String conflicted = registerExpert(conflictedUser, "NL", domain, true, false, linked);
        String staff = registerExpert(unique("cellule-staff"), "BE", domain, true, true, null);

        secretariat().get("/api/v1/experts/{id}", conflicted).then().body("eligible", equalTo(false))
                .body("conflicts[0].kind", equalTo("AFFILIATION")).body("conflicts[0].caseId", equalTo(caseId));

        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").header("Accept-Language", "en")
                .body(panelBody(team.domainId(), team.specialistId(), conflicted)).put("/api/v1/evaluation-cases/{id}/panel", caseId)
                .then().statusCode(422).body("type", equalTo("https://clusters.wallonie.be/problems/panel-rules-broken"))
                .body("code", equalTo("PANEL_RULES_BROKEN")).body("errors.field", hasItem("NO_CONFLICT_OF_INTEREST"))
                .body("errors.field", not(hasItem("FOREIGN_EXPERT")))
                .body("errors.find { it.field == 'NO_CONFLICT_OF_INTEREST' }.message", containsString(linked.replace(".", "")));

        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(panelBody(team.domainId(), staff)).put("/api/v1/evaluation-cases/{id}/panel", caseId)
                .then().statusCode(422).body("errors.field", hasItems("PANEL_SIZE", "FOREIGN_EXPERT", "NO_PUBLIC_AUTHORITY_STAFF"));
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(panelBody(team.specialistId(), team.foreignId(), UUID.randomUUID().toString()))
                .put("/api/v1/evaluation-cases/{id}/panel", caseId)
                .then().statusCode(422).body("errors.field", hasItems("UNKNOWN_EXPERT", "DOMAIN_COMPETENCE"));
        secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200).header("ETag", "\"0\"")
                .body("members", hasSize(0));

        secretariat().contentType(ContentType.JSON).body(panelBody(team.ids())).put("/api/v1/evaluation-cases/{id}/panel", caseId)
                .then().statusCode(428);
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(panelBody(team.ids()))
                .put("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(412).header("ETag", "\"0\"");
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(panelBody(team.ids()))
                .put("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200).header("ETag", "\"1\"")
                .body("members.expertId", hasItems(team.ids()));
        as("region", "REGION").contentType(ContentType.JSON).header("If-Match", "\"1\"").body(panelBody(team.ids()))
                .put("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(403);

        // the conflicted expert never reads the dossier: not on its panel, the case does not exist for them
        expert(conflictedUser).get("/api/v1/evaluation-cases/{id}", caseId).then().statusCode(404);
        expert(conflictedUser).get("/api/v1/evaluation-cases/{id}/assessment", caseId).then().statusCode(404);
        expert(conflictedUser).contentType(ContentType.JSON).body("{\"statement\": \"aucun lien\"}")
                .post("/api/v1/evaluation-cases/{id}/no-conflict-declaration", caseId).then().statusCode(404);
    }

    @Test
    void the_proposal_suggests_a_valid_panel_or_says_which_rule_cannot_be_met() {
        String domain = unique("aéronautique");
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Aero SA"));
        secretariat().header("Accept-Language", "en").get("/api/v1/evaluation-cases/{id}/panel/proposal", caseId).then().statusCode(200)
                .body("possible", equalTo(false)).body("unmetRules.rule", hasItem("DOMAIN_COMPETENCE"));

        Team team = Team.of(domain);
        List<String> proposed = secretariat().get("/api/v1/evaluation-cases/{id}/panel/proposal", caseId).then().statusCode(200)
                .body("possible", equalTo(true)).body("expertIds", hasSize(3)).extract().path("expertIds");
        assertThat(proposed).contains(team.domainId());
        composePanel(caseId, proposed.toArray(String[]::new));
        as("expert", "EXPERT").get("/api/v1/evaluation-cases/{id}/panel/proposal", caseId).then().statusCode(403);
    }

    @Test
    void a_panel_of_foreign_experts_only_is_refused_and_the_proposal_seats_one_based_in_belgium() {
        // 000_… III.2: « experts wallons et étrangers » — at least one based in Belgium (HOME_COUNTRY_EXPERT), one abroad
        String domain = unique("verre-creux");
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Verrerie SA"));
        String domainAbroad = registerExpert(unique("dom-fr"), "FR", domain, false, false, null);
        String specialistAbroad = registerExpert(unique("spec-es"), "ES", "développement régional", true, false, null);
        String thirdAbroad = registerExpert(unique("for-de"), "DE", "industrie", false, false, null);

        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"").header("Accept-Language", "en")
                .body(panelBody(domainAbroad, specialistAbroad, thirdAbroad)).put("/api/v1/evaluation-cases/{id}/panel", caseId)
                .then().statusCode(422).body("code", equalTo("PANEL_RULES_BROKEN")).body("errors", hasSize(1))
                .body("errors[0].field", equalTo("HOME_COUNTRY_EXPERT")).body("errors[0].message", containsString("based in BE"));
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(panelBody(domainAbroad, specialistAbroad, thirdAbroad)).put("/api/v1/evaluation-cases/{id}/panel", caseId)
                .then().statusCode(422).body("errors[0].message", containsString("wallons et étrangers"));
        secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200).header("ETag", "\"0\"")
                .body("members", hasSize(0));

        List<String> proposed = secretariat().get("/api/v1/evaluation-cases/{id}/panel/proposal", caseId).then().statusCode(200)
                .body("possible", equalTo(true)).body("expertIds", hasSize(3)).extract().path("expertIds");
        assertThat(proposed).contains(domainAbroad);
        List<String> countries = proposed.stream()
                .map(id -> secretariat().get("/api/v1/experts/{id}", id).then().extract().<String>path("country")).toList();
        assertThat(countries).contains("BE").anyMatch(c -> !c.equals("BE"));
        composePanel(caseId, proposed.toArray(String[]::new));
    }

    @Test
    void an_expert_reads_only_assigned_cases_and_only_after_the_no_conflict_declaration() {
        String domain = unique("logistique");
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Logi SA"));
        String otherCase = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Trans SA"));
        Team team = Team.of(domain);
        composePanel(caseId, team.ids());

        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}", caseId).then().statusCode(403)
                .body("code", equalTo("NO_CONFLICT_DECLARATION_REQUIRED"));
        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}/assessment", caseId).then().statusCode(403);
        expert(team.domainUser()).contentType(ContentType.JSON).body(scores(3, 3, "x"))
                .put("/api/v1/evaluation-cases/{id}/scores/mine", caseId).then().statusCode(403);
        expert(team.domainUser()).contentType(ContentType.JSON).body("{\"statement\": \" \"}")
                .post("/api/v1/evaluation-cases/{id}/no-conflict-declaration", caseId).then().statusCode(400);

        signNoConflict(caseId, team.domainUser());
        expert(team.domainUser()).contentType(ContentType.JSON).body("{\"statement\": \"encore\"}")
                .post("/api/v1/evaluation-cases/{id}/no-conflict-declaration", caseId).then().statusCode(409)
                .body("code", equalTo("ALREADY_DECLARED"));
        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}", caseId).then().statusCode(200).body("id", equalTo(caseId));
        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}/assessment", caseId).then().statusCode(200);
        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200);
        expert(team.domainUser()).get("/api/v1/evaluation-cases").then().statusCode(200).body("$", hasSize(1)).body("[0].id", equalTo(caseId));

        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}", otherCase).then().statusCode(404);
        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}/panel", otherCase).then().statusCode(404);
        as("region", "REGION").get("/api/v1/evaluation-cases/{id}", caseId).then().statusCode(403);
    }

    @Test
    void an_expert_sees_the_others_scores_only_after_submitting_their_own() {
        String domain = unique("textile");
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Tex SA"));
        Team team = Team.of(domain);
        composePanel(caseId, team.ids());
        team.users().forEach(u -> signNoConflict(caseId, u));

        expert(team.domainUser()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(scores(3, 3, "x").replaceFirst("\"score\": 3", "\"score\": 6").replace("\"reason\": \"x SHARED_VISION\"", "\"reason\": \" \""))
                .put("/api/v1/evaluation-cases/{id}/scores/mine", caseId).then().statusCode(400)
                .body("errors.field", hasItems("scores[0].score", "scores[7].reason"));
        expert(team.domainUser()).contentType(ContentType.JSON).body("{\"scores\": [{\"criterion\": \"CRITICAL_MASS\", \"score\": 3, \"reason\": \"r\"}]}")
                .put("/api/v1/evaluation-cases/{id}/scores/mine", caseId).then().statusCode(400)
                .body("errors.message", hasItem(containsString("BUSINESS_INITIATIVE")));

        scoreAndSubmit(caseId, team.specialistUser(), 4, 4);
        expert(team.domainUser()).contentType(ContentType.JSON).body(scores(3, 2, "draft"))
                .put("/api/v1/evaluation-cases/{id}/scores/mine", caseId).then().statusCode(200).header("ETag", "\"0\"");
        expert(team.domainUser()).contentType(ContentType.JSON).header("If-Match", "\"5\"").body(scores(3, 2, "draft"))
                .put("/api/v1/evaluation-cases/{id}/scores/mine", caseId).then().statusCode(412);

        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}/scores", caseId).then().statusCode(200)
                .body("othersVisible", equalTo(false)).body("items", hasSize(1)).body("items[0].status", equalTo("DRAFT"))
                .body("items.expertId", not(hasItem(team.specialistId())));

        expert(team.domainUser()).post("/api/v1/evaluation-cases/{id}/scores/mine/submission", caseId).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        expert(team.domainUser()).post("/api/v1/evaluation-cases/{id}/scores/mine/submission", caseId).then().statusCode(409)
                .body("code", equalTo("SCORES_ALREADY_SUBMITTED"));
        expert(team.domainUser()).contentType(ContentType.JSON).body(scores(5, 5, "late"))
                .put("/api/v1/evaluation-cases/{id}/scores/mine", caseId).then().statusCode(409);
        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}/scores", caseId).then().statusCode(200)
                .body("othersVisible", equalTo(true)).body("items", hasSize(2)).body("items.expertId", hasItem(team.specialistId()));

        secretariat().get("/api/v1/evaluation-cases/{id}/scores", caseId).then().statusCode(200).body("items", hasSize(2));
        as("region", "REGION").get("/api/v1/evaluation-cases/{id}/scores", caseId).then().statusCode(403);
        as("cellule", "CELLULE").get("/api/v1/evaluation-cases/{id}/scores", caseId).then().statusCode(403);
        as("applicant", "APPLICANT").get("/api/v1/evaluation-cases/{id}/scores", caseId).then().statusCode(403);
    }

    @Test
    void a_conflict_created_by_another_dossiers_snapshot_removes_the_expert_and_voids_their_scores() {
        String domain = unique("agro");
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Agro SA"));
        String later = EnterpriseNumbers.fresh();
        String du = unique("dom");
        String domainExpert = registerExpert(du, "BE", domain, false, false, later);
        Team team = Team.of(domain);
        composePanel(caseId, domainExpert, team.specialistId(), team.foreignId());
        signNoConflict(caseId, du);
        scoreAndSubmit(caseId, du, 4, 4);

        // another dossier's snapshot lists the organisation the domain expert is affiliated with
        fx.openCase(UUID.randomUUID(), 1, unique("autre"), member(later, "Entreprise liée"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> secretariat().header("Accept-Language", "en")
                .get("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(200)
                .body("members.expertId", not(hasItem(domainExpert)))
                .body("removals[0].expertId", equalTo(domainExpert)).body("removals[0].code", equalTo("CONFLICT_OF_INTEREST"))
                .body("removals[0].removedBy", equalTo("system")).body("removals[0].reason", containsString(later.replace(".", ""))));
        secretariat().get("/api/v1/evaluation-cases/{id}/scores", caseId).then().statusCode(200)
                .body("items.find { it.expertId == '%s' }.status".formatted(domainExpert), equalTo("VOID"))
                .body("items.find { it.expertId == '%s' }.voidReason".formatted(domainExpert), containsString("CONFLICT_OF_INTEREST"));
        expert(du).get("/api/v1/evaluation-cases/{id}", caseId).then().statusCode(404);
        expert(du).get("/api/v1/evaluation-cases/{id}/scores", caseId).then().statusCode(404);
    }

    @Test
    void a_new_round_of_the_same_dossier_adding_a_linked_member_removes_the_expert_from_the_open_round() {
        String domain = unique("bois");
        UUID dossier = UUID.randomUUID();
        var first = member(EnterpriseNumbers.fresh(), "Scierie SA");
        String round1 = fx.openCase(dossier, 1, domain, first);
        String added = EnterpriseNumbers.fresh();
        Team team = Team.of(domain);
        String fu = unique("for");
        String foreign = registerExpert(fu, "LU", "bois", false, false, null);
        composePanel(round1, team.domainId(), team.specialistId(), foreign);
        // the foreign expert declares a link with an organisation no cluster knows yet: still eligible
        expert(fu).contentType(ContentType.JSON).body("""
                {"statement": "Je déclare ce lien.", "interests": [{"enterpriseNumber": "%s", "organisationName": "Menuiserie SRL",
                 "nature": "conjoint gérant"}]}""".formatted(added)).post("/api/v1/experts/{id}/declarations", foreign).then().statusCode(201);
        secretariat().get("/api/v1/evaluation-cases/{id}/panel", round1).then().body("members.expertId", hasItem(foreign));

        fx.openCase(dossier, 2, domain, first, member(added, "Menuiserie SRL"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> secretariat().get("/api/v1/evaluation-cases/{id}/panel", round1)
                .then().body("removals.expertId", hasItem(foreign)).body("members", hasSize(2)));
        secretariat().get("/api/v1/experts/{id}", foreign).then().body("eligible", equalTo(false))
                .body("conflicts[0].kind", equalTo("DECLARED_INTEREST"));
    }

    @Test
    void an_update_revealing_an_affiliation_with_a_member_removes_the_expert_and_voids_their_draft() {
        String domain = unique("mécanique");
        String linked = EnterpriseNumbers.fresh();
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(linked, "Méca SA"));
        Team team = Team.of(domain);
        composePanel(caseId, team.ids());
        signNoConflict(caseId, team.specialistUser());
        expert(team.specialistUser()).contentType(ContentType.JSON).body(scores(3, 3, "brouillon"))
                .put("/api/v1/evaluation-cases/{id}/scores/mine", caseId).then().statusCode(200);

        String etag = secretariat().get("/api/v1/experts/{id}", team.specialistId()).then().extract().header("ETag");
        secretariat().contentType(ContentType.JSON).header("If-Match", etag).body("""
                {"userId": "%s", "name": "Spécialiste", "country": "BE", "domains": ["développement régional"],
                 "regionalDevelopmentSpecialist": true, "publicAuthorityStaff": false,
                 "affiliations": [{"enterpriseNumber": "%s", "organisationName": "Méca SA", "role": "conseiller", "from": "2024-01-01"}]}"""
                .formatted(team.specialistUser(), linked)).put("/api/v1/experts/{id}", team.specialistId())
                .then().statusCode(200).body("eligible", equalTo(false)).body("conflicts[0].caseId", equalTo(caseId));

        secretariat().get("/api/v1/evaluation-cases/{id}/panel", caseId).then().header("ETag", "\"2\"")
                .body("removals.expertId", hasItem(team.specialistId())).body("members", hasSize(2));
        secretariat().get("/api/v1/evaluation-cases/{id}/scores", caseId).then().body("items[0].status", equalTo("VOID"));
        expert(team.specialistUser()).get("/api/v1/evaluation-cases").then().statusCode(200).body("$", hasSize(0));
        // the panel is incomplete: no opinion until the secretariat appoints a replacement
        secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(409);
    }

    @Test
    void the_opinion_is_issued_once_from_the_consensus_and_published_as_OpinionIssued() {
        String domain = unique("plasturgie");
        UUID dossier = UUID.randomUUID();
        String caseId = fx.openCase(dossier, 1, domain, member(EnterpriseNumbers.fresh(), "Plast SA"));
        Team team = Team.of(domain);
        composePanel(caseId, team.ids());
        team.users().forEach(u -> signNoConflict(caseId, u));
        scoreAndSubmit(caseId, team.domainUser(), 4, 2);
        scoreAndSubmit(caseId, team.specialistUser(), 4, 2);

        secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(409)
                .body("code", equalTo("PANEL_NOT_DONE"));
        secretariat().get("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(404);
        scoreAndSubmit(caseId, team.foreignUser(), 3, 4);

        as("expert", "EXPERT").contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", caseId)
                .then().statusCode(403);
        secretariat().contentType(ContentType.JSON).body("{\"conditions\": [{\"criterion\": \"NOPE\", \"text\": \"\"}]}")
                .post("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(400)
                .body("errors.field", hasItems("conditions[0].criterion", "conditions[0].text"));
        secretariat().contentType(ContentType.JSON)
                .body("{\"conditions\": [{\"criterion\": \"CRITICAL_MASS\", \"text\": \"Atteindre huit entreprises indépendantes\"}]}")
                .post("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(201)
                .body("outcome", equalTo("FAVOURABLE_WITH_CONDITIONS")).body("findings", hasSize(8))
                .body("findings.find { it.criterion == 'CRITICAL_MASS' }.met", equalTo(false))
                .body("findings.find { it.criterion == 'CRITICAL_MASS' }.consensusScore", equalTo(2.0f))
                .body("findings.find { it.criterion == 'CRITICAL_MASS' }.minorityView", containsString(team.foreignUser()))
                .body("conditions[0].criterion", equalTo("CRITICAL_MASS"))
                .body("conditionsSetBy", equalTo(ComiteFixtures.SECRETARIAT))
                .body("reasons[0].criterion", equalTo("CRITICAL_MASS"));
        secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(409)
                .body("code", equalTo("OPINION_ALREADY_ISSUED"));

        as("region", "REGION").get("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(200)
                .body("outcome", equalTo("FAVOURABLE_WITH_CONDITIONS")).body("$", not(org.hamcrest.Matchers.hasKey("issuedBy")));
        as("cellule", "CELLULE").get("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(200);
        as("applicant", "APPLICANT").get("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(403);
        expert(team.domainUser()).get("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(403);
        // the panel no longer changes once the opinion is issued
        secretariat().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(panelBody(team.ids()))
                .put("/api/v1/evaluation-cases/{id}/panel", caseId).then().statusCode(409);

        List<KafkaTestClient.Received> received = fx.kafka.readUntil(Topics.EVALUATION_EVENTS, rs -> rs.stream()
                .anyMatch(r -> dossier.toString().equals(r.key()) && r.event().type().equals(EventCatalog.OPINION_ISSUED.name())),
                Duration.ofSeconds(20));
        CloudEvent event = received.stream().filter(r -> dossier.toString().equals(r.key())
                && r.event().type().equals(EventCatalog.OPINION_ISSUED.name())).findFirst().orElseThrow().event();
        assertThat(EventSchemas.violations(event)).isEmpty();
        OpinionIssuedV1 issued = EventCodec.payload(event, EventCatalog.OPINION_ISSUED);
        assertThat(issued.caseId().toString()).isEqualTo(caseId);
        assertThat(issued.opinion()).isEqualTo("FAVOURABLE_WITH_CONDITIONS");
        assertThat(issued.findings()).hasSize(8);
        assertThat(issued.conditions()).containsExactly("CRITICAL_MASS: Atteindre huit entreprises indépendantes");
        assertThat(issued.policyVersion()).isNotBlank().isNotEqualTo("unknown");
        assertThat(issued.consensusMethod()).isEqualTo("MEDIAN");
        assertThat(issued.metThreshold()).isEqualByComparingTo("3");
        // experts stay anonymous: no expert id or user in the event
        String json = EventCodec.write(event);
        for (String id : team.ids()) {
            assertThat(json).doesNotContain(id);
        }
    }

    @Test
    void an_unmet_criterion_without_condition_gives_an_unfavourable_opinion_with_its_reasons() {
        String domain = unique("biotech");
        String caseId = fx.openCase(UUID.randomUUID(), 1, domain, member(EnterpriseNumbers.fresh(), "Bio SA"));
        Team team = Team.of(domain);
        composePanel(caseId, team.ids());
        team.users().forEach(u -> signNoConflict(caseId, u));
        team.users().forEach(u -> scoreAndSubmit(caseId, u, 4, 1));
        secretariat().post("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(415);
        secretariat().contentType(ContentType.JSON).body("{}").post("/api/v1/evaluation-cases/{id}/opinion", caseId).then().statusCode(201)
                .body("outcome", equalTo("UNFAVOURABLE")).body("reasons", hasSize(1))
                .body("reasons[0].majorityView", containsString("CRITICAL_MASS"));
    }

    @Test
    void the_openapi_document_lists_experts_panels_scores_and_opinions() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/experts"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/experts/{id}/declarations"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/evaluation-cases/{id}/panel"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/evaluation-cases/{id}/panel/proposal"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/evaluation-cases/{id}/scores/mine"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/evaluation-cases/{id}/opinion"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/assessments"))
                .body("paths.'/api/v1/evaluation-cases/{id}/panel'.put.description", containsString("Role: COMITE_SECRETARIAT"));
    }
}
