package be.wallonie.clusters.testing.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A service's endpoint × role matrix, declared once in a CSV resource (one row per operation of its OpenAPI document):
 *
 * <pre>
 * operationId,method,path,roles,object_rule,hidden,expect,note
 * getDossier,GET,/api/v1/dossiers/{id},APPLICANT CELLULE REGION,core-group,403,,
 * </pre>
 *
 * <ul>
 *   <li>{@code roles}: the roles allowed, space-separated, or {@code PUBLIC} (no token needed);</li>
 *   <li>{@code object_rule}: {@code none} or the names of the object-level rules (space-separated) the test knows
 *       how to break (a caller of an allowed role on an object it may not see);</li>
 *   <li>{@code hidden}: the outcome for that caller ({@code 404} by visibility, or {@code 403} where the service says
 *       why);</li>
 *   <li>{@code expect}: the outcome for an allowed role on the fixture; empty means {@code 2xx} for a GET and
 *       {@code 4xx} (a problem, neither 401 nor 403: the walk sends an invalid body and a stale If-Match so nothing
 *       changes) for a mutation; {@code ROLE=outcome} entries override it for one role;</li>
 *   <li>{@code note}: why, when an outcome is not the default (the rest of the line, commas allowed).</li>
 * </ul>
 * Outcomes: {@code 2xx}, {@code 4xx}, or an exact status such as {@code 404}. Lines starting with {@code #} are comments.
 */
public final class AccessMatrix {

    public static final String PUBLIC = "PUBLIC";

    /** One row: an operation and who may call it. */
    public record Entry(int line, String operationId, String method, String path, boolean isPublic, Set<String> roles,
            Set<String> objectRules, String hidden, String expect, Map<String, String> expectByRole, String note) {

        public String key() {
            return method + " " + path;
        }

        public String label() {
            return (operationId.isEmpty() ? "" : operationId + " ") + "(" + key() + ")";
        }

        public boolean isRead() {
            return method.equals("GET") || method.equals("HEAD");
        }

        /** The outcome an allowed role gets on a fixture it may see. */
        public String allowedOutcome(String role) {
            String byRole = role == null ? null : expectByRole.get(role);
            if (byRole != null) {
                return byRole;
            }
            if (!expect.isEmpty()) {
                return expect;
            }
            return isRead() ? "2xx" : "4xx";
        }
    }

    private final String resource;
    private final List<Entry> entries;
    private final List<String> errors;

    private AccessMatrix(String resource, List<Entry> entries, List<String> errors) {
        this.resource = resource;
        this.entries = List.copyOf(entries);
        this.errors = List.copyOf(errors);
    }

    /** Reads the matrix from a classpath resource, e.g. {@code access-matrix.csv}. */
    public static AccessMatrix load(String resource, Set<String> knownRoles) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing access matrix " + resource + " on the classpath");
        }
        List<Entry> entries = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    if (!trimmed.startsWith("operationId,method,path,roles,object_rule,hidden,expect")) {
                        errors.add(resource + ":" + number + ": the header must be operationId,method,path,roles,object_rule,hidden,expect,note");
                    }
                    continue;
                }
                String[] f = line.split(",", 8);
                if (f.length < 7) {
                    errors.add(resource + ":" + number + ": expected at least 7 columns, got " + f.length);
                    continue;
                }
                String roles = f[3].strip();
                boolean isPublic = roles.equals(PUBLIC);
                Set<String> roleSet = new LinkedHashSet<>();
                if (!isPublic) {
                    for (String r : roles.split("\\s+")) {
                        if (r.isEmpty()) {
                            continue;
                        }
                        if (!knownRoles.contains(r)) {
                            errors.add(resource + ":" + number + ": unknown role " + r);
                        }
                        roleSet.add(r);
                    }
                    if (roleSet.isEmpty()) {
                        errors.add(resource + ":" + number + ": no role (write PUBLIC for an operation open to anyone)");
                    }
                }
                Set<String> rules = new LinkedHashSet<>();
                for (String r : f[4].strip().split("\\s+")) {
                    if (!r.isEmpty() && !r.equals("none")) {
                        rules.add(r);
                    }
                }
                String hidden = f[5].strip();
                if (!rules.isEmpty() && hidden.isEmpty()) {
                    errors.add(resource + ":" + number + ": an object rule needs its hidden outcome (404 or 403)");
                }
                String expect = "";
                Map<String, String> byRole = new LinkedHashMap<>();
                for (String e : f[6].strip().split("\\s+")) {
                    if (e.isEmpty()) {
                        continue;
                    }
                    int eq = e.indexOf('=');
                    if (eq > 0) {
                        byRole.put(e.substring(0, eq), e.substring(eq + 1));
                    } else {
                        expect = e;
                    }
                }
                entries.add(new Entry(number, f[0].strip(), f[1].strip().toUpperCase(), f[2].strip(), isPublic, roleSet,
                        rules, hidden, expect, byRole, f.length > 7 ? f[7].strip() : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AccessMatrix(resource, entries, errors);
    }

    public String resource() {
        return resource;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Malformed lines, unknown roles. */
    public List<String> errors() {
        return errors;
    }
}
