package be.wallonie.clusters.benchmarks.http;

import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.localstack.demo.DemoDataset;
import be.wallonie.clusters.localstack.demo.DemoRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Submission → automatic assessment: N dossiers (copies of a demo dossier under new names) prepared through the
 * registry's API and submitted one at a time; after each submission the harness polls the evaluation service (the case,
 * stored in the same transaction as its automatic assessment) and the registry (status UNDER_EVALUATION) until both
 * show it. Then, from the databases, where the time went: the registry's outbox (written → published), the evaluation
 * service's inbox (received), its outbox (the reply published) and the registry's inbox (received).
 */
final class EndToEndLatency {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_PAUSE_NANOS = 1_000_000; // 1 ms between two polls

    private final HttpBench.Settings s;
    private final Seed seed;
    private final Http http = new Http();

    EndToEndLatency(HttpBench.Settings s, Seed seed) {
        this.s = s;
        this.seed = seed;
    }

    record Sample(UUID dossier, double submitMs, double caseMs, double underEvaluationMs) {
    }

    void run() throws Exception {
        DemoDataset data = DemoDataset.fromClasspath();
        DemoDataset.Dossier template = data.dossiers().stream()
                .filter(d -> d.submitted() && d.scheme().equals("ECONOMIC_CLUSTER") && d.fundedBeneficiary() == null).findFirst()
                .or(() -> data.dossiers().stream().filter(DemoDataset.Dossier::submitted).findFirst())
                .orElseThrow(() -> new IllegalStateException("no submitted dossier in the demo dataset to copy"));
        Map<String, UUID> orgs = organisationIds(data);
        String founder = template.members().stream().filter(m -> m.role().equals("CORE_GROUP")).map(m -> data.organisation(m.org()))
                .flatMap(java.util.Optional::stream).filter(DemoDataset.Organisation::enterprise)
                .map(DemoDataset.Organisation::enterpriseNumber).filter(n -> n != null).findFirst().orElse(null);
        String token = founder == null ? seed.cellule()
                : DevTokens.mint("bench-applicant-" + founder, List.of("APPLICANT"), founder, Duration.ofHours(6));
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        int n = s.e2eSubmissions();
        Seed.say("End to end: " + n + " submissions of copies of demo dossier '" + template.key() + "' (run " + run + ")…");
        List<Sample> samples = new ArrayList<>();
        int failures = 0;
        for (int i = 0; i < n; i++) {
            try {
                samples.add(one(template, orgs, token, run, i));
            } catch (RuntimeException e) {
                failures++;
                Seed.say("submission " + i + " failed: " + e.getMessage());
                if (failures > Math.max(3, n / 10)) {
                    throw new IllegalStateException("too many failed submissions; last: " + e.getMessage(), e);
                }
            }
            if ((i + 1) % 20 == 0) {
                Seed.say((i + 1) + "/" + n + " submitted");
            }
        }
        String breakdown = breakdown(samples);
        String report = report(samples, failures, template.key(), breakdown);
        System.out.println();
        System.out.println(report);
        if (s.docs() != null) {
            DocsSection.write(s.docs(), "bench-e2e", report);
            Seed.say("Written to " + s.docs() + " (section bench-e2e)");
        }
    }

    private Sample one(DemoDataset.Dossier d, Map<String, UUID> orgs, String token, String run, int i) {
        ObjectNode create = DemoRequests.createDossier(d);
        create.put("name", d.name() + " (banc e2e " + run + "-" + i + ")").put("acronym", "E2E" + run.toUpperCase(Locale.ROOT) + i);
        Http.Reply created = Http.expect(http.send("POST", s.registry() + "/api/v1/dossiers", token, create, Map.of()),
                "creating dossier " + i, 201);
        String id = created.json().path("id").asText();
        String base = s.registry() + "/api/v1/dossiers/" + id;
        Http.expect(http.send("PUT", base + "/content", token, DemoRequests.content(d, orgs), Map.of("If-Match", created.etag())),
                "stating the content of " + id, 200);
        ObjectNode animator = DemoRequests.animatorPost(d, orgs);
        if (animator != null) {
            Http.expect(http.send("PUT", base + "/animator-post", token, animator, Map.of("If-Match", etagOf(base))),
                    "declaring the animator post of " + id, 200);
        }
        ObjectNode beneficiary = DemoRequests.fundedBeneficiary(d, orgs);
        if (beneficiary != null) {
            Http.expect(http.send("PUT", base + "/funded-beneficiary", token, beneficiary, Map.of("If-Match", etagOf(base))),
                    "declaring the funded beneficiary of " + id, 200);
        }
        String etag = etagOf(base);
        long t0 = System.nanoTime();
        Http.expect(http.send("POST", base + "/submission", token, null, Map.of("If-Match", etag)), "submitting " + id, 200);
        long submitted = System.nanoTime();
        long caseSeen = 0;
        long underEvaluation = 0;
        long deadline = t0 + TIMEOUT.toNanos();
        String casesUrl = s.evaluation() + "/api/v1/evaluation-cases?dossierId=" + id;
        while (caseSeen == 0 || underEvaluation == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(id + ": not seen after " + TIMEOUT.toSeconds() + " s (case "
                        + (caseSeen != 0) + ", UNDER_EVALUATION " + (underEvaluation != 0) + ")");
            }
            if (caseSeen == 0 && !Http.expect(http.get(casesUrl, seed.secretariat()), "polling the case of " + id, 200).json().isEmpty()) {
                caseSeen = System.nanoTime();
            }
            if (underEvaluation == 0 && "UNDER_EVALUATION".equals(
                    Http.expect(http.get(base, seed.cellule()), "polling " + id, 200).json().path("status").asText())) {
                underEvaluation = System.nanoTime();
            }
            if (caseSeen == 0 || underEvaluation == 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(POLL_PAUSE_NANOS);
            }
        }
        String caseId = http.get(casesUrl, seed.secretariat()).json().get(0).path("id").asText();
        Http.expect(http.get(s.evaluation() + "/api/v1/evaluation-cases/" + caseId + "/assessment", seed.secretariat()),
                "reading the automatic assessment of case " + caseId, 200);
        return new Sample(UUID.fromString(id), (submitted - t0) / 1e6, (caseSeen - t0) / 1e6, (underEvaluation - t0) / 1e6);
    }

    private String etagOf(String dossierUrl) {
        return Http.expect(http.get(dossierUrl, seed.cellule()), "reading " + dossierUrl, 200).etag();
    }

    private Map<String, UUID> organisationIds(DemoDataset data) {
        Map<String, UUID> ids = new HashMap<>();
        for (DemoDataset.Organisation o : data.organisations()) {
            JsonNode items = Http.expect(http.get(s.registry() + "/api/v1/organisations?size=100&name="
                    + URLEncoder.encode(o.name(), StandardCharsets.UTF_8), seed.cellule()), "looking up " + o.name(), 200).json()
                    .path("items");
            for (JsonNode item : items) {
                if (item.path("name").asText().equals(o.name())) {
                    ids.put(o.key(), UUID.fromString(item.path("id").asText()));
                }
            }
        }
        return ids;
    }

    /**
     * Medians of each hop, read from the services' databases (the stack's PostgreSQL, administrator login): best effort,
     * empty when the databases cannot be reached.
     */
    private String breakdown(List<Sample> samples) {
        if (samples.isEmpty()) {
            return "";
        }
        List<Double> relay = new ArrayList<>();
        List<Double> toEvaluation = new ArrayList<>();
        List<Double> evaluationWork = new ArrayList<>();
        List<Double> toRegistry = new ArrayList<>();
        try (Connection reg = DriverManager.getConnection(s.jdbcUrlOf("cluster_registry"), s.jdbcUser(), s.jdbcPassword());
                Connection eval = DriverManager.getConnection(s.jdbcUrlOf("evaluation"), s.jdbcUser(), s.jdbcPassword())) {
            for (Sample sample : samples) {
                String dossier = sample.dossier().toString();
                Row submitted = first(reg, "select id::text, created_at, published_at from outbox_event where subject = ? "
                        + "and event_type like '%.DossierSubmitted.%' order by seq desc limit 1", dossier);
                if (submitted == null || submitted.b() == null) {
                    continue;
                }
                Row received = first(eval, "select event_id, received_at, received_at from inbox_event where event_id = ?",
                        submitted.id());
                Row reply = first(eval, "select id::text, created_at, published_at from outbox_event where envelope like ? "
                        + "and created_at >= ? order by seq limit 1", "%" + dossier + "%", submitted.a());
                if (received == null || reply == null || reply.b() == null) {
                    continue;
                }
                Row back = first(reg, "select event_id, received_at, received_at from inbox_event where event_id = ?", reply.id());
                relay.add(millis(submitted.a(), submitted.b()));
                toEvaluation.add(millis(submitted.b(), received.a()));
                evaluationWork.add(millis(received.a(), reply.b()));
                if (back != null) {
                    toRegistry.add(millis(reply.b(), back.a()));
                }
            }
        } catch (SQLException e) {
            return "Breakdown not available (databases not reachable: " + e.getMessage() + ").\n";
        }
        if (relay.isEmpty()) {
            return "Breakdown not available (no matching outbox/inbox rows).\n";
        }
        return String.format(Locale.ROOT, """
                Where the time goes (medians over %d submissions, from the services' own timestamps in PostgreSQL; `now()` is \
                the start of each transaction, so each hop is ±1 transaction):

                | hop | median | p99 |
                |---|---:|---:|
                | registry: DossierSubmitted written → published by the outbox relay (woken after commit) | %s | %s |
                | Kafka + evaluation consumer: published → received in the evaluation inbox | %s | %s |
                | evaluation: received → case and assessment stored → its event published | %s | %s |
                | Kafka + registry consumer: published → received in the registry inbox (then UNDER_EVALUATION) | %s | %s |
                """, relay.size(), Stats.ms(Stats.median(relay)), Stats.ms(Stats.percentile(relay, 99)),
                Stats.ms(Stats.median(toEvaluation)), Stats.ms(Stats.percentile(toEvaluation, 99)),
                Stats.ms(Stats.median(evaluationWork)), Stats.ms(Stats.percentile(evaluationWork, 99)),
                Stats.ms(Stats.median(toRegistry)), Stats.ms(Stats.percentile(toRegistry, 99)));
    }

    private record Row(String id, Timestamp a, Timestamp b) {
    }

    private static Row first(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Row(rs.getString(1), rs.getTimestamp(2), rs.getTimestamp(3)) : null;
            }
        }
    }

    private static double millis(Timestamp from, Timestamp to) {
        return (to.getTime() - from.getTime()) + (to.getNanos() % 1_000_000 - from.getNanos() % 1_000_000) / 1e6;
    }

    private String report(List<Sample> samples, int failures, String template, String breakdown) {
        List<Double> submit = samples.stream().map(Sample::submitMs).toList();
        List<Double> cases = samples.stream().map(Sample::caseMs).toList();
        List<Double> status = samples.stream().map(Sample::underEvaluationMs).toList();
        boolean p50Met = Stats.median(cases) < 50 && Stats.median(status) < 50;
        boolean p99Met = Stats.percentile(cases, 99) < 200 && Stats.percentile(status, 99) < 200;
        Set<String> notes = new HashSet<>();
        StringBuilder b = new StringBuilder();
        b.append("### Submission → assessment, run of ").append(LocalDate.now(ZoneOffset.UTC)).append("\n\n");
        Machine m = Machine.describe();
        b.append("- Machine: ").append(m.line()).append("; stack ").append(s.stackNote()).append(".\n");
        if (!m.noise().isEmpty()) {
            b.append("- ").append(m.noise()).append("\n");
        }
        b.append("- ").append(samples.size()).append(" submissions (").append(failures).append(" failed) of copies of demo dossier `")
                .append(template).append("`, one at a time, each timed from the moment the `POST …/submission` is sent; "
                        + "after it the harness polls (1 ms pause between polls, each poll one HTTP round trip: a figure is "
                        + "late by at most one poll) the evaluation service's `GET /api/v1/evaluation-cases?dossierId=` (the case "
                        + "is stored in one transaction with its automatic assessment) and the registry's dossier.\n\n");
        b.append("| from sending the submission to | p50 | p99 | max | #13 target |\n|---|---:|---:|---:|---|\n");
        b.append("| the registry's 200 answer | ").append(Stats.ms(Stats.median(submit))).append(" | ")
                .append(Stats.ms(Stats.percentile(submit, 99))).append(" | ").append(Stats.ms(Stats.max(submit))).append(" | |\n");
        b.append("| the case and its automatic assessment stored (evaluation API) | ").append(Stats.ms(Stats.median(cases))).append(" | ")
                .append(Stats.ms(Stats.percentile(cases, 99))).append(" | ").append(Stats.ms(Stats.max(cases)))
                .append(" | p50 < 50 ms, p99 < 200 ms |\n");
        b.append("| the registry showing `UNDER_EVALUATION` | ").append(Stats.ms(Stats.median(status))).append(" | ")
                .append(Stats.ms(Stats.percentile(status, 99))).append(" | ").append(Stats.ms(Stats.max(status)))
                .append(" | p50 < 50 ms, p99 < 200 ms |\n\n");
        b.append("Targets: p50 ").append(p50Met ? "met" : "**not met**").append(", p99 ").append(p99Met ? "met" : "**not met**")
                .append(".\n\n");
        b.append(breakdown);
        notes.forEach(b::append);
        return b.toString();
    }
}
