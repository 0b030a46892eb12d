package be.wallonie.clusters.benchmarks.http;

import be.wallonie.clusters.localstack.DevTokens;
import be.wallonie.clusters.localstack.demo.DemoDataset;
import be.wallonie.clusters.localstack.demo.DemoLoader;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The data the benchmark reads and the tokens it reads with. The demo dataset (loaded through the services' APIs by the
 * local stack's {@link DemoLoader}, re-runnable: nothing is created twice) is loaded when the services lack what is
 * measured — a validated cluster in the public register, its evaluation case, its funding schedule.
 */
record Seed(String cellule, String secretariat, String fundingReader, String organisationId, String dossierId,
        String evaluationCaseId, String publicRegisterEtag) {

    private static final Duration TOKEN_LIFETIME = Duration.ofHours(6);

    static Seed prepare(HttpBench.Settings s) {
        String cellule = DevTokens.mint("bench-cellule", List.of("CELLULE"), null, TOKEN_LIFETIME);
        String secretariat = DevTokens.mint("bench-secretariat", List.of("COMITE_SECRETARIAT"), null, TOKEN_LIFETIME);
        String reader = DevTokens.mint("bench-funding-reader", List.of("FUNDING_READER"), null, TOKEN_LIFETIME);
        Http http = new Http();
        Optional<Seed> found = find(http, s, cellule, secretariat, reader);
        if (found.isEmpty()) {
            say("Loading the demo data through the services' APIs (the services lack a validated cluster with its case and schedule)…");
            DemoLoader.Summary summary = new DemoLoader(DemoDataset.fromClasspath(), URI.create(s.registry()),
                    URI.create(s.evaluation()), URI.create(s.funding()), Duration.ofSeconds(120), System.out).load();
            say(summary.line());
            found = find(http, s, cellule, secretariat, reader);
        }
        Seed seed = found.orElseThrow(() -> new IllegalStateException(
                "after the demo load the services still lack a validated cluster with its evaluation case and funding schedule"));
        say("Measured: organisation " + seed.organisationId() + ", dossier " + seed.dossierId() + ", evaluation case "
                + seed.evaluationCaseId() + ", public register ETag " + seed.publicRegisterEtag());
        return seed;
    }

    private static Optional<Seed> find(Http http, HttpBench.Settings s, String cellule, String secretariat, String reader) {
        JsonNode validated = Http.expect(http.get(s.registry() + "/api/v1/dossiers?status=VALIDATED&size=20", cellule),
                "listing validated dossiers", 200).json().path("items");
        JsonNode orgs = Http.expect(http.get(s.registry() + "/api/v1/organisations?size=1", cellule), "listing organisations", 200)
                .json().path("items");
        Http.Reply register = Http.expect(http.get(s.registry() + "/api/v1/public/clusters", null), "reading the public register", 200);
        if (orgs.isEmpty() || register.json().path("items").isEmpty() || register.etag() == null) {
            return Optional.empty();
        }
        for (JsonNode d : validated) {
            String dossier = d.path("id").asText();
            JsonNode cases = Http.expect(http.get(s.evaluation() + "/api/v1/evaluation-cases?dossierId=" + dossier, secretariat),
                    "listing the evaluation cases of " + dossier, 200).json();
            Http.Reply schedules = http.get(s.funding() + "/api/v1/funding-files/" + dossier + "/schedules", reader);
            if (!cases.isEmpty() && schedules.status() == 200 && !schedules.json().isEmpty()) {
                return Optional.of(new Seed(cellule, secretariat, reader, orgs.get(0).path("id").asText(), dossier,
                        cases.get(0).path("id").asText(), register.etag()));
            }
        }
        return Optional.empty();
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
    }
}
