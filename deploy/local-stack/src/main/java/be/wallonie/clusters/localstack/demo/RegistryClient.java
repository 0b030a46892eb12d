package be.wallonie.clusters.localstack.demo;

import static be.wallonie.clusters.localstack.demo.JsonHttp.expect;
import static be.wallonie.clusters.localstack.demo.JsonHttp.query;

import be.wallonie.clusters.localstack.demo.JsonHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The cluster registry's endpoints the demo load uses (paths and fields as in its OpenAPI). */
final class RegistryClient {

    private final JsonHttp http;
    private final Tokens tokens;

    RegistryClient(URI base, Tokens tokens) {
        this.http = new JsonHttp(base);
        this.tokens = tokens;
    }

    /**
     * Registers an organisation as the Cellule; one already registered under its enterprise number (409, an earlier
     * interrupted load) is answered by its id.
     */
    UUID registerOrganisation(String key, ObjectNode body) {
        Reply r = expect(http.send("POST", "/api/v1/organisations", tokens.cellule(), body, null), "organisation " + key, 201, 409);
        if (r.status() == 409) {
            JsonNode existing = r.body().path("existingOrganisationId");
            if (!existing.isTextual()) {
                throw new DemoLoadException("organisation " + key + ": HTTP 409 without existingOrganisationId " + r.raw());
            }
            return UUID.fromString(existing.asText());
        }
        return UUID.fromString(r.body().path("id").asText());
    }

    /** An organisation without an enterprise number (registered abroad), found by its exact name and country. */
    Optional<UUID> findOrganisation(String name, String country) {
        Reply r = expect(http.get(query("/api/v1/organisations", Map.of("name", name, "size", 100)), tokens.cellule()),
                "looking up organisation " + name, 200);
        for (JsonNode o : r.body().path("items")) {
            boolean sameCountry = false;
            for (JsonNode e : o.path("establishments")) {
                sameCountry |= e.path("registeredOffice").asBoolean() && country.equals(e.path("country").asText());
            }
            if (name.equals(o.path("name").asText()) && sameCountry) {
                return Optional.of(UUID.fromString(o.path("id").asText()));
            }
        }
        return Optional.empty();
    }

    /**
     * Opens the demo's call as the Cellule so that submissions are scheduled to its sessions. Answers what happened: an
     * overlapping open call (409) is as good; a registry without calls (404) schedules nothing.
     */
    String openCall(ObjectNode body) {
        Reply r = expect(http.send("POST", "/api/v1/calls", tokens.cellule(), body, null), "opening the demo call", 201, 404, 405, 409);
        return switch (r.status()) {
            case 201 -> "call opened";
            case 409 -> "a call already open";
            default -> "no call (the registry has no /api/v1/calls)";
        };
    }

    /** The dossier with this name and acronym (names repeat: Logistics in Wallonia is a cluster and a pole), if any. */
    Optional<JsonNode> findDossier(String name, String acronym) {
        Reply r = expect(http.get(query("/api/v1/dossiers", Map.of("text", acronym, "size", 100)), tokens.cellule()),
                "looking up dossier " + acronym, 200);
        for (JsonNode d : r.body().path("items")) {
            if (name.equals(d.path("name").asText()) && acronym.equals(d.path("acronym").asText())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    JsonNode createDossier(String token, String key, ObjectNode body) {
        return expect(http.send("POST", "/api/v1/dossiers", token, body, null), key + ": creating the dossier", 201).body();
    }

    Reply dossier(UUID id, String step) {
        return expect(http.get("/api/v1/dossiers/" + id, tokens.cellule()), step, 200);
    }

    String status(UUID id, String key) {
        return dossier(id, key + ": reading the dossier").body().path("status").asText();
    }

    void replaceContent(String token, String key, UUID id, String etag, ObjectNode body) {
        expect(http.send("PUT", "/api/v1/dossiers/" + id + "/content", token, body, etag), key + ": stating the content", 200);
    }

    void declareAnimatorPost(String token, String key, UUID id, ObjectNode body) {
        // the post is part of the versioned dossier: If-Match its current ETag
        String etag = dossier(id, key + ": reading the dossier before the animateur post").etag().orElse(null);
        expect(http.send("PUT", "/api/v1/dossiers/" + id + "/animator-post", token, body, etag), key + ": declaring the animateur post", 200);
    }

    /** A grape's or a pole's funded beneficiary (part of the versioned dossier: If-Match its current ETag). */
    void declareFundedBeneficiary(String token, String key, UUID id, ObjectNode body) {
        String etag = dossier(id, key + ": reading the dossier before the funded beneficiary").etag().orElse(null);
        expect(http.send("PUT", "/api/v1/dossiers/" + id + "/funded-beneficiary", token, body, etag),
                key + ": declaring the funded beneficiary", 200);
    }

    /** Whether the Region already granted the dossier its preparation support. */
    boolean hasPreparationSupport(String key, UUID id) {
        return expect(http.get("/api/v1/dossiers/" + id + "/preparation-support", tokens.cellule()),
                key + ": reading the preparation support", 200, 404).status() == 200;
    }

    /** The Region grants the preparation support. */
    void grantPreparationSupport(String key, UUID id, ObjectNode body) {
        expect(http.send("POST", "/api/v1/dossiers/" + id + "/preparation-support", tokens.region(), body, null),
                key + ": granting the preparation support", 200);
    }

    /** The titles of the projects the Region approved for the pole. */
    Set<String> poleProjectTitles(String key, UUID id) {
        Set<String> titles = new HashSet<>();
        for (JsonNode p : expect(http.get("/api/v1/dossiers/" + id + "/pole-projects", tokens.region()),
                key + ": reading the pole projects", 200).body()) {
            titles.add(p.path("title").asText());
        }
        return titles;
    }

    /** The Region records a project approved for the pole. */
    void approvePoleProject(String key, UUID id, ObjectNode body) {
        expect(http.send("POST", "/api/v1/dossiers/" + id + "/pole-projects", tokens.region(), body, null),
                key + ": approving the pole project « " + body.path("title").asText() + " »", 201);
    }

    void submit(String token, String key, UUID id, String etag) {
        expect(http.send("POST", "/api/v1/dossiers/" + id + "/submission", token, null, etag), key + ": submitting", 200);
    }

    /** The Region's decision (If-Match: the dossier's current ETag). */
    JsonNode decide(String key, UUID id, ObjectNode body) {
        String etag = dossier(id, key + ": reading the dossier before the decision").etag().orElse(null);
        return expect(http.send("POST", "/api/v1/dossiers/" + id + "/decision", tokens.region(), body, etag), key + ": the Region's decision",
                200).body();
    }

    /** The public register, no token. */
    JsonNode publicClusters() {
        return expect(http.get("/api/v1/public/clusters?size=100", null), "reading the public register", 200).body();
    }
}
