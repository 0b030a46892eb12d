package be.wallonie.clusters.benchmarks.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code wrk --latency} and reads its report: requests/s, p50 and p99 (wrk's latency distribution), the
 * responses that were neither 2xx nor 3xx and the socket errors.
 */
final class Wrk {

    /** One wrk run's figures. Latencies in milliseconds. */
    record Result(double requestsPerSecond, double p50Ms, double p99Ms, long requests, long badResponses, long socketErrors,
            String raw) {
    }

    /**
     * A Lua {@code delay()} hook: each connection waits on average {@code BENCH_DELAY_MS} milliseconds (fractions
     * drawn at random between the two whole milliseconds around it) before its next request. With c connections that
     * offers about c / (delay + latency) requests per second: how the harness runs "at half the peak rate" with a
     * wrk that has no fixed-rate mode (wrk2's -R).
     */
    static final String DELAY_SCRIPT = """
            local d = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
            local base = math.floor(d)
            local frac = d - base
            function delay()
              if math.random() < frac then return base + 1 end
              return base
            end
            """;

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.0+)?%\\s+([0-9.]+)(us|ms|s|m)\\s*$",
            Pattern.MULTILINE);

    private final String binary;
    private final int threads;
    private final int connections;
    private final Path delayScript;

    Wrk(String binary, int threads, int connections, Path workDir) throws IOException {
        this.binary = binary;
        this.threads = threads;
        this.connections = connections;
        this.delayScript = workDir.resolve("bench-delay.lua");
        Files.writeString(delayScript, DELAY_SCRIPT);
    }

    int connections() {
        return connections;
    }

    Result run(Target t, int seconds) {
        return run(t, seconds, null);
    }

    /** With {@code delayMs} (not null) each connection pauses that long on average between requests. */
    Result run(Target t, int seconds, Double delayMs) {
        List<String> cmd = new ArrayList<>(List.of(binary, "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "--latency"));
        for (Map.Entry<String, String> h : t.headers().entrySet()) {
            cmd.add("-H");
            cmd.add(h.getKey() + ": " + h.getValue());
        }
        if (delayMs != null) {
            cmd.add("-s");
            cmd.add(delayScript.toString());
        }
        cmd.add(t.url());
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            if (delayMs != null) {
                pb.environment().put("BENCH_DELAY_MS", String.format(Locale.ROOT, "%.3f", Math.max(0, delayMs)));
            }
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("wrk did not finish on " + t.key());
            }
            String raw = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("wrk failed on " + t.key() + " (exit " + p.exitValue() + "):\n" + raw);
            }
            return parse(raw);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + binary + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result parse(String raw) {
        double rps = number(RPS, raw, "Requests/sec");
        long total = (long) number(TOTAL, raw, "requests in");
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher m = PERCENTILE.matcher(raw);
        while (m.find()) {
            double ms = toMillis(Double.parseDouble(m.group(2)), m.group(3));
            if (m.group(1).equals("50")) {
                p50 = ms;
            } else {
                p99 = ms;
            }
        }
        if (Double.isNaN(p50) || Double.isNaN(p99)) {
            throw new IllegalStateException("no latency distribution in wrk's report:\n" + raw);
        }
        Matcher bad = NON_2XX.matcher(raw);
        long badResponses = bad.find() ? Long.parseLong(bad.group(1)) : 0;
        Matcher s = SOCKET.matcher(raw);
        long socket = 0;
        if (s.find()) {
            for (int i = 1; i <= 4; i++) {
                socket += Long.parseLong(s.group(i));
            }
        }
        return new Result(rps, p50, p99, total, badResponses, socket, raw);
    }

    private static double number(Pattern p, String raw, String what) {
        Matcher m = p.matcher(raw);
        if (!m.find()) {
            throw new IllegalStateException("no '" + what + "' in wrk's report:\n" + raw);
        }
        return Double.parseDouble(m.group(1));
    }

    static double toMillis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000.0;
            case "ms" -> value;
            case "s" -> value * 1000.0;
            case "m" -> value * 60_000.0;
            default -> throw new IllegalArgumentException(unit);
        };
    }
}
