package be.wallonie.clusters.localstack.demo;

import static be.wallonie.clusters.localstack.demo.JsonHttp.expect;

import be.wallonie.clusters.localstack.demo.JsonHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The evaluation service's (Comité's) endpoints the demo load uses. */
final class EvaluationClient {

    private final JsonHttp http;
    private final Tokens tokens;

    EvaluationClient(URI base, Tokens tokens) {
        this.http = new JsonHttp(base);
        this.tokens = tokens;
    }

    /** Every registered expert's id by user id (the secretariat's search, page by page). */
    Map<String, UUID> expertsByUser() {
        Map<String, UUID> found = new HashMap<>();
        for (int page = 0; ; page++) {
            JsonNode p = expect(http.get("/api/v1/experts?size=100&page=" + page, tokens.secretariat()), "listing the experts", 200).body();
            p.path("items").forEach(e -> found.put(e.path("userId").asText(), UUID.fromString(e.path("id").asText())));
            if (page + 1 >= p.path("totalPages").asInt(0)) {
                return found;
            }
        }
    }

    UUID registerExpert(String key, ObjectNode body) {
        return UUID.fromString(expect(http.send("POST", "/api/v1/experts", tokens.secretariat(), body, null), "expert " + key, 201)
                .body().path("id").asText());
    }

    /** The dossier's newest evaluation case (highest round), once the evaluation service has opened it. */
    Optional<UUID> latestCase(String key, UUID dossierId) {
        JsonNode cases = expect(http.get("/api/v1/evaluation-cases?dossierId=" + dossierId, tokens.secretariat()),
                key + ": looking up the evaluation case", 200).body();
        JsonNode latest = null;
        for (JsonNode c : cases) {
            if (latest == null || c.path("round").asInt() > latest.path("round").asInt()) {
                latest = c;
            }
        }
        return latest == null ? Optional.empty() : Optional.of(UUID.fromString(latest.path("id").asText()));
    }

    /** The panel's seated experts (empty before composition) and its ETag. */
    Reply panel(String key, UUID caseId) {
        return expect(http.get("/api/v1/evaluation-cases/" + caseId + "/panel", tokens.secretariat()), key + ": reading the panel", 200);
    }

    static List<UUID> seated(Reply panel) {
        List<UUID> ids = new ArrayList<>();
        panel.body().path("members").forEach(m -> ids.add(UUID.fromString(m.path("expertId").asText())));
        return ids;
    }

    /** The secretariat's panel: the service's proposal (load-balanced, every §4 rule met), then its composition. */
    List<UUID> composeProposedPanel(String key, UUID caseId) {
        JsonNode proposal = expect(http.get("/api/v1/evaluation-cases/" + caseId + "/panel/proposal", tokens.secretariat()),
                key + ": panel proposal", 200).body();
        if (!proposal.path("possible").asBoolean()) {
            throw new DemoLoadException(key + ": no panel possible from the demo experts: " + proposal.path("unmetRules"));
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("expertIds", proposal.path("expertIds"));
        String etag = panel(key, caseId).etag().orElse(null);
        return seated(expect(http.send("PUT", "/api/v1/evaluation-cases/" + caseId + "/panel", tokens.secretariat(), body, etag),
                key + ": composing the panel", 200));
    }

    /** The expert's per-dossier no-conflict declaration; already signed (409, an earlier load) is fine. */
    void signNoConflict(String key, String expertUser, UUID caseId, ObjectNode body) {
        expect(http.send("POST", "/api/v1/evaluation-cases/" + caseId + "/no-conflict-declaration", tokens.expert(expertUser), body, null),
                key + ": no-conflict declaration of " + expertUser, 201, 409);
    }

    /** Whether the expert's score sheet on the case is already submitted. */
    boolean scoresSubmitted(String key, String expertUser, UUID caseId) {
        Reply r = expect(http.get("/api/v1/evaluation-cases/" + caseId + "/scores/mine", tokens.expert(expertUser)),
                key + ": score sheet of " + expertUser, 200, 404);
        return r.status() == 200 && "SUBMITTED".equals(r.body().path("status").asText());
    }

    void scoreAndSubmit(String key, String expertUser, UUID caseId, ObjectNode scores) {
        String token = tokens.expert(expertUser);
        expect(http.send("PUT", "/api/v1/evaluation-cases/" + caseId + "/scores/mine", token, scores, null), key + ": scores of " + expertUser, 200);
        expect(http.send("POST", "/api/v1/evaluation-cases/" + caseId + "/scores/mine/submission", token, null, null),
                key + ": submitting the scores of " + expertUser, 200);
    }

    boolean hasOpinion(String key, UUID caseId) {
        return expect(http.get("/api/v1/evaluation-cases/" + caseId + "/opinion", tokens.secretariat()), key + ": reading the opinion", 200, 404)
                .status() == 200;
    }

    /** The secretariat issues the opinion; answers its outcome. */
    String issueOpinion(String key, UUID caseId, ObjectNode body) {
        return expect(http.send("POST", "/api/v1/evaluation-cases/" + caseId + "/opinion", tokens.secretariat(), body, null),
                key + ": issuing the opinion", 201).body().path("outcome").asText();
    }
}
