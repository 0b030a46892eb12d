package be.wallonie.clusters.benchmarks.http;

import be.wallonie.clusters.benchmarks.http.Target.Kind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The read endpoints of #13 side by side with the anchor: a warm-up of every target, then rounds in which each endpoint
 * runs right after an anchor run (anchor, endpoint, anchor, endpoint…), so that each ratio compares two runs taken
 * seconds apart on the same machine; the ratio reported is the median of the rounds. Then, per target, a run at about
 * half its peak rate for the p99 target.
 */
final class HttpReads {

    private final HttpBench.Settings s;
    private final Seed seed;

    HttpReads(HttpBench.Settings s, Seed seed) {
        this.s = s;
        this.seed = seed;
    }

    List<Target> targets() {
        Map<String, String> cellule = Map.of("Authorization", "Bearer " + seed.cellule());
        String r = s.registry();
        return List.of(
                new Target("anchor", "anchor: rest-villains `GET /api/villains/{id}`", "anonymous", s.anchor() + "/api/villains/50",
                        Map.of(), 200, Kind.ANCHOR),
                new Target("organisation", "registry: organisation by id", "CELLULE",
                        r + "/api/v1/organisations/" + seed.organisationId(), cellule, 200, Kind.AUTHENTICATED),
                new Target("dossier", "registry: dossier by id", "CELLULE", r + "/api/v1/dossiers/" + seed.dossierId(), cellule, 200,
                        Kind.AUTHENTICATED),
                new Target("organisation-search", "registry: organisations, kind=ENTERPRISE&region=WALLONIA", "CELLULE",
                        r + "/api/v1/organisations?kind=ENTERPRISE&region=WALLONIA&size=20", cellule, 200, Kind.AUTHENTICATED),
                new Target("dossier-list", "registry: dossier list (first page of 20)", "CELLULE", r + "/api/v1/dossiers?size=20",
                        cellule, 200, Kind.AUTHENTICATED),
                new Target("public-register", "registry: public register page", "anonymous", r + "/api/v1/public/clusters", Map.of(),
                        200, Kind.PUBLIC),
                new Target("public-register-304", "registry: public register page, If-None-Match (304)", "anonymous",
                        r + "/api/v1/public/clusters", Map.of("If-None-Match", seed.publicRegisterEtag()), 304, Kind.PUBLIC),
                new Target("evaluation-case", "evaluation: case by id", "COMITE_SECRETARIAT",
                        s.evaluation() + "/api/v1/evaluation-cases/" + seed.evaluationCaseId(),
                        Map.of("Authorization", "Bearer " + seed.secretariat()), 200, Kind.AUTHENTICATED),
                new Target("funding-schedule", "funding: schedules of a funding file", "FUNDING_READER",
                        s.funding() + "/api/v1/funding-files/" + seed.dossierId() + "/schedules",
                        Map.of("Authorization", "Bearer " + seed.fundingReader()), 200, Kind.AUTHENTICATED));
    }

    void run() throws Exception {
        List<Target> targets = targets();
        Http http = new Http();
        for (Target t : targets) {
            Http.Reply reply = http.get(t.url(), null, t.headers());
            Http.expect(reply, "probing " + t.key() + " (" + t.url() + ")", t.expectedStatus());
        }
        Wrk wrk = new Wrk(s.wrk(), s.threads(), s.connections(), s.workDir());
        Target anchor = targets.get(0);
        Seed.say("Warming up every target " + s.warmupSeconds() + " s…");
        for (Target t : targets) {
            wrk.run(t, s.warmupSeconds());
        }
        Map<String, List<Wrk.Result>> runs = new LinkedHashMap<>();
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        targets.forEach(t -> {
            runs.put(t.key(), new ArrayList<>());
            ratios.put(t.key(), new ArrayList<>());
        });
        for (int round = 1; round <= s.rounds(); round++) {
            for (Target t : targets.subList(1, targets.size())) {
                Wrk.Result a = wrk.run(anchor, s.seconds());
                Wrk.Result e = wrk.run(t, s.seconds());
                runs.get(anchor.key()).add(a);
                runs.get(t.key()).add(e);
                ratios.get(t.key()).add(e.requestsPerSecond() / a.requestsPerSecond());
                Seed.say(String.format(Locale.ROOT, "round %d/%d %-20s %8s req/s (anchor %8s) ratio %s  p99 %s%s", round, s.rounds(),
                        t.key(), Stats.rps(e.requestsPerSecond()), Stats.rps(a.requestsPerSecond()),
                        Stats.ratio(e.requestsPerSecond() / a.requestsPerSecond()), Stats.ms(e.p99Ms()),
                        e.badResponses() + e.socketErrors() > 0 ? "  ERRORS " + (e.badResponses() + e.socketErrors()) : ""));
            }
        }
        Map<String, HalfRate> half = new LinkedHashMap<>();
        if (s.halfRate()) {
            Seed.say("At about half of each target's peak rate…");
            for (Target t : targets) {
                double peak = Stats.median(runs.get(t.key()).stream().map(Wrk.Result::requestsPerSecond).toList());
                half.put(t.key(), halfRate(wrk, t, peak));
                Seed.say(String.format(Locale.ROOT, "half rate %-20s %8s req/s offered, %8s achieved, p99 %s", t.key(),
                        Stats.rps(peak / 2), Stats.rps(half.get(t.key()).result().requestsPerSecond()),
                        Stats.ms(half.get(t.key()).result().p99Ms())));
            }
        }
        String report = report(targets, runs, ratios, half);
        System.out.println();
        System.out.println(report);
        if (s.docs() != null) {
            DocsSection.write(s.docs(), "bench-http", report);
            Seed.say("Written to " + s.docs() + " (section bench-http)");
        }
    }

    record HalfRate(double peak, double delayMs, Wrk.Result result) {
    }

    /**
     * wrk has no fixed rate: each connection waits between requests (Lua {@code delay()}), the wait calibrated by a
     * short first run so that the connections together offer about half the peak rate.
     */
    private HalfRate halfRate(Wrk wrk, Target t, double peak) {
        double perConnectionPeriodMs = 1000.0 * wrk.connections() / (peak / 2);
        double delay = perConnectionPeriodMs;
        Wrk.Result probe = wrk.run(t, Math.max(2, Math.min(5, s.seconds() / 2)), delay);
        double measuredPeriodMs = 1000.0 * wrk.connections() / Math.max(1, probe.requestsPerSecond());
        delay = Math.max(0, delay - (measuredPeriodMs - delay));
        return new HalfRate(peak, delay, wrk.run(t, s.seconds(), delay));
    }

    private String report(List<Target> targets, Map<String, List<Wrk.Result>> runs, Map<String, List<Double>> ratios,
            Map<String, HalfRate> half) {
        Machine m = Machine.describe();
        StringBuilder b = new StringBuilder();
        b.append("### HTTP reads, run of ").append(LocalDate.now(ZoneOffset.UTC)).append("\n\n");
        b.append("- Machine: ").append(m.line()).append(".\n");
        b.append(String.format(Locale.ROOT, "- Settings: `wrk -t%d -c%d --latency`, %d alternating rounds of %d s (anchor, endpoint, "
                + "anchor, endpoint…), %d s of warm-up per target; services and anchor with `%s`; stack %s.%n", s.threads(),
                s.connections(), s.rounds(), s.seconds(), s.warmupSeconds(), s.javaOptions(), s.stackNote()));
        b.append("- Every figure is the median of the rounds; the ratio is the median of each round's endpoint req/s divided by "
                + "the anchor run just before it (min–max of the rounds in brackets). One token per role for the whole run.\n");
        if (!m.noise().isEmpty()) {
            b.append("- ").append(m.noise()).append("\n");
        }
        b.append("\n| endpoint | caller | req/s | p50 | p99 | ratio to the anchor | #13 target | met |\n|---|---|---:|---:|---:|---:|---|---|\n");
        int met = 0;
        int measured = 0;
        for (Target t : targets) {
            List<Wrk.Result> rs = runs.get(t.key());
            long errors = rs.stream().mapToLong(r -> r.badResponses() + r.socketErrors()).sum();
            double rps = Stats.median(rs.stream().map(Wrk.Result::requestsPerSecond).toList());
            double p50 = Stats.median(rs.stream().map(Wrk.Result::p50Ms).toList());
            double p99 = Stats.median(rs.stream().map(Wrk.Result::p99Ms).toList());
            String ratio;
            String target;
            String ok;
            if (t.kind() == Kind.ANCHOR) {
                ratio = "1 (reference)";
                target = "";
                ok = "";
            } else {
                List<Double> q = ratios.get(t.key());
                double med = Stats.median(q);
                ratio = Stats.ratio(med) + " (" + Stats.ratio(Stats.min(q)) + "–" + Stats.ratio(Stats.max(q)) + ")";
                target = "≥ " + Stats.ratio(t.kind().minimumRatio);
                boolean good = med >= t.kind().minimumRatio && errors == 0;
                ok = good ? "yes" : "**no**";
                measured++;
                met += good ? 1 : 0;
            }
            b.append("| ").append(t.label()).append(" | ").append(t.caller()).append(" | ").append(Stats.rps(rps))
                    .append(errors > 0 ? " (" + errors + " errors)" : "").append(" | ").append(Stats.ms(p50)).append(" | ")
                    .append(Stats.ms(p99)).append(" | ").append(ratio).append(" | ").append(target).append(" | ").append(ok)
                    .append(" |\n");
        }
        b.append("\nRatio targets met: ").append(met).append(" of ").append(measured).append(".\n");
        if (!half.isEmpty()) {
            b.append("\n**p99 at about half the peak rate** (target < 20 ms). wrk 4 has no fixed-rate mode (wrk2's `-R`): each of the ")
                    .append(s.connections()).append(" connections waits between requests (a Lua `delay()`, calibrated by a short "
                    + "first run) so that together they offer about half of the endpoint's median peak; closed loop, so a slow "
                    + "response delays the next one (no coordinated-omission correction).\n\n");
            b.append("| endpoint | half the peak | achieved | p50 | p99 | p99 < 20 ms |\n|---|---:|---:|---:|---:|---|\n");
            int p99Met = 0;
            for (Target t : targets) {
                HalfRate h = half.get(t.key());
                boolean good = h.result().p99Ms() < 20 && h.result().badResponses() + h.result().socketErrors() == 0;
                p99Met += good ? 1 : 0;
                b.append("| ").append(t.label()).append(" | ").append(Stats.rps(h.peak() / 2)).append(" req/s | ")
                        .append(Stats.rps(h.result().requestsPerSecond())).append(" req/s | ").append(Stats.ms(h.result().p50Ms()))
                        .append(" | ").append(Stats.ms(h.result().p99Ms())).append(" | ").append(good ? "yes" : "**no**").append(" |\n");
            }
            b.append("\np99 target met: ").append(p99Met).append(" of ").append(targets.size()).append(" (the anchor included).\n");
        }
        return b.toString();
    }
}
