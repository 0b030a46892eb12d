package be.wallonie.clusters.localstack.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** JSON over HTTP for the service clients: one call, its reply, and a failure that says what was being done. */
final class JsonHttp {

    /** A reply: status, ETag (if any) and the JSON body ({@link MissingNode} when empty or not JSON). */
    record Reply(int status, Optional<String> etag, JsonNode body, String raw) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;

    JsonHttp(URI base) {
        this.base = base;
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    /**
     * Sends one request.
     *
     * @param path    path and query, relative to the service's base URL
     * @param token   bearer token, or null
     * @param body    JSON body, or null
     * @param ifMatch If-Match value, or null
     */
    Reply send(String method, String path, String token, JsonNode body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("ETag"), parse(r.body()), r.body());
        } catch (IOException e) {
            throw new DemoLoadException(method + " " + base.resolve(path) + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoLoadException(method + " " + base.resolve(path) + " interrupted");
        }
    }

    /** The reply if its status is one of {@code expected}, else a failure naming the step, the status and the problem body. */
    static Reply expect(Reply r, String step, int... expected) {
        if (Arrays.stream(expected).noneMatch(s -> s == r.status())) {
            String body = r.raw() == null ? "" : r.raw().length() > 3000 ? r.raw().substring(0, 3000) + "…" : r.raw();
            throw new DemoLoadException(step + ": HTTP " + r.status() + (body.isBlank() ? "" : " " + body));
        }
        return r;
    }

    static String query(String path, Map<String, ?> params) {
        StringBuilder sb = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, ?> p : new LinkedHashMap<>(params).entrySet()) {
            sb.append(sep).append(p.getKey()).append('=').append(URLEncoder.encode(String.valueOf(p.getValue()), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }

    private String write(JsonNode body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(raw);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }
}
