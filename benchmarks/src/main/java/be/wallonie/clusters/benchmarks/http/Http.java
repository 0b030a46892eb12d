package be.wallonie.clusters.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON-over-HTTP client for the harness: every call bounded, every unexpected status reported with the body. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    record Reply(int status, String etag, String raw) {
        JsonNode json() {
            try {
                return raw == null || raw.isBlank() ? JSON.missingNode() : JSON.readTree(raw);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + raw, e);
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Reply get(String url, String token) {
        return send("GET", url, token, null, Map.of());
    }

    Reply get(String url, String token, Map<String, String> headers) {
        return send("GET", url, token, null, headers);
    }

    Reply send(String method, String url, String token, Object body, Map<String, String> headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json");
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
            if (body == null) {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                b.header("Content-Type", "application/json");
                b.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("ETag").orElse(null), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + url + " interrupted", e);
        }
    }

    static Reply expect(Reply r, String what, int... statuses) {
        for (int s : statuses) {
            if (r.status() == s) {
                return r;
            }
        }
        String body = r.raw() == null ? "" : r.raw();
        throw new IllegalStateException(what + ": HTTP " + r.status() + " " + body.substring(0, Math.min(600, body.length())));
    }
}
