package be.wallonie.clusters.testing.access;

import be.wallonie.clusters.testing.OpenApiOperations;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a service's published OpenAPI document against its {@link AccessMatrix}: every operation of the document has a
 * row and every row an operation; then every operation is called with no token, with a token of every role and, for
 * each object-level rule, by a caller of an allowed role on an object it may not see. Reads expect their outcome on the
 * fixtures; mutations carry an unreadable JSON body and a stale {@code If-Match} so that an allowed caller gets a
 * problem (4xx, neither 401 nor 403) and nothing changes. A 5xx is always a mismatch. Every mismatch is collected
 * (operation, caller, expected, got) and reported at once.
 */
public final class AccessMatrixWalk {

    /** The body every mutation carries: not JSON at all, so no operation that reads a body can act on it. */
    public static final String UNREADABLE_BODY = "{\"access-matrix\": ";
    /** A version no fixture reaches: an operation that checks If-Match refuses it (412). */
    public static final String STALE_IF_MATCH = "\"987654321\"";

    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

    /** A caller: the label used in reports and its bearer token (null: no token). */
    public record Caller(String label, String role, String token) {
    }

    private record Outsider(String role, String token) {
    }

    private final URI base;
    private final AccessMatrix matrix;
    private final List<String> roles;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, Outsider> outsiders = new LinkedHashMap<>();
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Map<String, String> queryValues = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private AccessMatrixWalk(URI base, AccessMatrix matrix, List<String> roles) {
        this.base = base;
        this.matrix = matrix;
        this.roles = List.copyOf(roles);
    }

    /**
     * @param base   the service's test address, e.g. from {@code @TestHTTPResource("/")}
     * @param matrix the service's table
     * @param roles  every role of the system ({@code Roles}): each operation is called with each
     */
    public static AccessMatrixWalk of(URI base, AccessMatrix matrix, List<String> roles) {
        return new AccessMatrixWalk(base, matrix, roles);
    }

    /** The values of the {@code public static final String} constants of a class such as {@code Roles}, in order. */
    public static List<String> constants(Class<?> holder) {
        List<String> values = new ArrayList<>();
        for (java.lang.reflect.Field f : holder.getFields()) {
            int m = f.getModifiers();
            if (java.lang.reflect.Modifier.isStatic(m) && java.lang.reflect.Modifier.isFinal(m) && f.getType() == String.class) {
                try {
                    values.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    /** The token of a caller of that role who may see the fixtures. */
    public AccessMatrixWalk token(String role, String token) {
        tokens.put(role, token);
        return this;
    }

    /** For the object rule {@code rule}: a caller of {@code role} (an allowed one) who may not see the fixtures. */
    public AccessMatrixWalk outsider(String rule, String role, String token) {
        outsiders.put(rule, new Outsider(role, token));
        return this;
    }

    /**
     * The value of a path parameter, keyed by the segment before it and its name, e.g. {@code dossiers/{id}}, or by the
     * whole path template and its name, e.g. {@code /api/v1/sessions/{id}#id} (which wins).
     */
    public AccessMatrixWalk pathValue(String key, String value) {
        pathValues.put(key, value);
        return this;
    }

    /** The value of a required query parameter (by name); otherwise its example in the document, or 1. */
    public AccessMatrixWalk queryValue(String name, String value) {
        queryValues.put(name, value);
        return this;
    }

    /** Every mismatch, one line each; empty when the service behaves as its table says. */
    public Result walk() {
        List<String> mismatches = new ArrayList<>(matrix.errors());
        JsonNode document = document();
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        Map<String, JsonNode> pathItems = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : OpenApiOperations.METHODS) {
                if (path.getValue().has(method)) {
                    String key = method.toUpperCase() + " " + path.getKey();
                    operations.put(key, path.getValue().get(method));
                    pathItems.put(key, path.getValue());
                }
            }
        }
        Map<String, AccessMatrix.Entry> rows = new LinkedHashMap<>();
        Map<String, AccessMatrix.Entry> byOperationId = new LinkedHashMap<>();
        for (AccessMatrix.Entry e : matrix.entries()) {
            if (rows.put(e.key(), e) != null) {
                mismatches.add(matrix.resource() + ":" + e.line() + ": " + e.key() + " declared twice");
            }
            if (!e.operationId().isEmpty() && byOperationId.put(e.operationId(), e) != null) {
                mismatches.add(matrix.resource() + ":" + e.line() + ": operationId " + e.operationId() + " declared twice");
            }
            for (String rule : e.objectRules()) {
                if (!outsiders.containsKey(rule)) {
                    mismatches.add(matrix.resource() + ":" + e.line() + ": the test knows no outsider for object rule " + rule);
                }
            }
        }
        for (Map.Entry<String, JsonNode> op : operations.entrySet()) {
            AccessMatrix.Entry row = rows.get(op.getKey());
            String operationId = op.getValue().path("operationId").asText("");
            if (row == null) {
                mismatches.add("not in " + matrix.resource() + ": " + (operationId.isEmpty() ? "" : operationId + " ")
                        + "(" + op.getKey() + ") — declare who may call it");
            } else if (!row.operationId().equals(operationId)) {
                mismatches.add(matrix.resource() + ":" + row.line() + ": " + op.getKey() + " has operationId '" + operationId
                        + "' in the document, '" + row.operationId() + "' in the table");
            }
        }
        for (AccessMatrix.Entry row : matrix.entries()) {
            if (!operations.containsKey(row.key())) {
                mismatches.add(matrix.resource() + ":" + row.line() + ": " + row.label() + " is not in the OpenAPI document");
            }
        }
        int calls = 0;
        for (AccessMatrix.Entry row : matrix.entries()) {
            JsonNode operation = operations.get(row.key());
            if (operation == null) {
                continue;
            }
            String url;
            try {
                url = url(row, operation, pathItems.get(row.key()));
            } catch (IllegalStateException e) {
                mismatches.add(row.label() + ": " + e.getMessage());
                continue;
            }
            List<Caller> callers = new ArrayList<>();
            callers.add(new Caller("no token", null, null));
            for (String role : roles) {
                String token = tokens.get(role);
                if (token == null) {
                    mismatches.add("the walk has no token for role " + role);
                    continue;
                }
                callers.add(new Caller(role, role, token));
            }
            for (Caller caller : callers) {
                String expected;
                if (caller.role() == null) {
                    expected = row.isPublic() ? row.allowedOutcome(null) : "401";
                } else if (row.isPublic() || row.roles().contains(caller.role())) {
                    expected = row.allowedOutcome(caller.role());
                } else {
                    expected = "403";
                }
                calls++;
                check(row, url, caller, expected, mismatches);
            }
            for (String rule : row.objectRules()) {
                Outsider outsider = outsiders.get(rule);
                if (outsider == null) {
                    continue;
                }
                if (!row.isPublic() && !row.roles().contains(outsider.role())) {
                    mismatches.add(matrix.resource() + ":" + row.line() + ": object rule " + rule + " is about role "
                            + outsider.role() + ", which may not call " + row.label() + " at all");
                    continue;
                }
                calls++;
                check(row, url, new Caller(outsider.role() + " outside " + rule, outsider.role(), outsider.token()),
                        row.hidden(), mismatches);
            }
        }
        return new Result(operations.size(), matrix.entries().size(), calls, mismatches);
    }

    /** What the walk found. */
    public record Result(int documentOperations, int tableRows, int calls, List<String> mismatches) {

        /** Fails with every mismatch listed, or passes. */
        public void assertNoMismatch() {
            System.out.println("access matrix: " + documentOperations + " operations in the document, " + tableRows
                    + " rows, " + calls + " calls, " + mismatches.size() + " mismatch(es)");
            if (!mismatches.isEmpty()) {
                throw new AssertionError(mismatches.size() + " mismatch(es) between the access matrix and the service ("
                        + documentOperations + " operations in the document, " + tableRows + " rows, " + calls + " calls):\n  "
                        + String.join("\n  ", mismatches));
            }
        }
    }

    private void check(AccessMatrix.Entry row, String url, Caller caller, String expected, List<String> mismatches) {
        HttpResponse<String> response = send(row, url, caller);
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String problem = "";
        if (status >= 500) {
            problem = "a server error";
        } else if (!matches(expected, status)) {
            problem = "expected " + expected;
        } else if (status >= 400 && status != 401 && !contentType.startsWith("application/problem+json")) {
            problem = "expected a problem+json body";
        }
        if (!problem.isEmpty()) {
            String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
            if (body.length() > 160) {
                body = body.substring(0, 160) + "…";
            }
            mismatches.add(row.label() + " as " + caller.label() + ": " + problem + ", got " + status
                    + (contentType.isEmpty() ? "" : " " + contentType) + (body.isEmpty() ? "" : " " + body));
        }
    }

    private static boolean matches(String expected, int status) {
        return switch (expected) {
            case "2xx" -> status >= 200 && status < 300;
            case "4xx" -> status >= 400 && status < 500 && status != 401 && status != 403;
            default -> Integer.toString(status).equals(expected);
        };
    }

    private HttpResponse<String> send(AccessMatrix.Entry row, String url, Caller caller) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Accept", "*/*");
        if (caller.token() != null) {
            request.header("Authorization", "Bearer " + caller.token());
        }
        if (row.isRead()) {
            request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").header("If-Match", STALE_IF_MATCH)
                    .method(row.method(), HttpRequest.BodyPublishers.ofString(UNREADABLE_BODY));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(row.label() + " as " + caller.label(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String url(AccessMatrix.Entry row, JsonNode operation, JsonNode pathItem) {
        Matcher m = PARAM.matcher(row.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String before = row.path().substring(0, m.start());
            String segment = before.endsWith("/") ? before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                    before.length() - 1) : before.substring(before.lastIndexOf('/') + 1);
            String value = pathValues.getOrDefault(row.path() + "#" + name, pathValues.get(segment + "/{" + name + "}"));
            if (value == null) {
                throw new IllegalStateException("no fixture for the path parameter " + segment + "/{" + name + "}");
            }
            m.appendReplacement(path, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        m.appendTail(path);
        StringBuilder query = new StringBuilder();
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        for (JsonNode p : parameters) {
            if ("query".equals(p.path("in").asText()) && p.path("required").asBoolean(false)) {
                String name = p.path("name").asText();
                String value = queryValues.get(name);
                if (value == null) {
                    value = p.has("example") ? p.get("example").asText() : p.path("schema").has("example")
                            ? p.path("schema").get("example").asText() : "1";
                }
                query.append(query.length() == 0 ? "?" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1) : base.toString();
        return root + path + query;
    }

    private JsonNode document() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.resolve("/q/openapi") + "?format=json"))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /q/openapi?format=json answered " + response.statusCode());
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
