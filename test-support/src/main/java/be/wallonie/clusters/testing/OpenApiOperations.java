package be.wallonie.clusters.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The operations of a published OpenAPI document and what is wrong with their {@code operationId}s: generated clients
 * name their functions after them and the endpoint × role matrix keys its table by them, so every operation has one,
 * lowerCamelCase, and no two share it. Uniqueness across the three services is checked by {@code contracts-lint/run}.
 */
public final class OpenApiOperations {

    /** The HTTP methods an OpenAPI path item may hold an operation under, in the order walks visit them. */
    public static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern LOWER_CAMEL_CASE = Pattern.compile("[a-z][a-z0-9]*([A-Z0-9][a-z0-9]*)*");

    private OpenApiOperations() {
    }

    /** {@code "GET /api/v1/x"} → its operationId (or {@code null}), in the document's order. */
    public static Map<String, String> operationIds(Map<String, ?> paths) {
        Map<String, String> ids = new LinkedHashMap<>();
        paths.forEach((path, item) -> {
            if (item instanceof Map<?, ?> operations) {
                operations.forEach((method, operation) -> {
                    if (METHODS.contains(String.valueOf(method)) && operation instanceof Map<?, ?> op) {
                        Object id = op.get("operationId");
                        ids.put(String.valueOf(method).toUpperCase() + " " + path, id == null ? null : String.valueOf(id));
                    }
                });
            }
        });
        return ids;
    }

    /** One line per operation without an operationId, with one that is not lowerCamelCase, or sharing one; empty if none. */
    public static List<String> operationIdProblems(Map<String, ?> paths) {
        List<String> problems = new ArrayList<>();
        Map<String, String> firstWithId = new LinkedHashMap<>();
        operationIds(paths).forEach((operation, id) -> {
            if (id == null || id.isBlank()) {
                problems.add(operation + ": no operationId");
            } else {
                if (!LOWER_CAMEL_CASE.matcher(id).matches()) {
                    problems.add(operation + ": operationId '" + id + "' is not lowerCamelCase");
                }
                String other = firstWithId.putIfAbsent(id, operation);
                if (other != null) {
                    problems.add(operation + ": operationId '" + id + "' is also the one of " + other);
                }
            }
        });
        return problems;
    }
}
