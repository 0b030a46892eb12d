package be.wallonie.clusters.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The run command's launcher, as a user runs it: everything becomes ready, the URLs and token
 * instructions are printed, and stopping it (as Ctrl-C does) leaves no process behind.
 */
class RunCommandTest {

    @Test
    void the_stack_starts_everything_reports_ready_and_stops_without_leaving_a_process() throws Exception {
        Path target = SystemUnderTest.ROOT.resolve("deploy/local-stack/target");
        String classpath = target.resolve("local-stack-0.1.0-SNAPSHOT.jar") + java.io.File.pathSeparator + target.resolve("lib/*");
        Path data = Files.createTempDirectory("stack-run-");
        int registryPort = SystemUnderTest.freePort();
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dstack.root=" + SystemUnderTest.ROOT, "-cp", classpath, "be.wallonie.clusters.localstack.StackLauncher",
                "--reset", "--no-demo", "--data-dir", data.toString(), "--postgres-port", "0", "--kafka-port", "0",
                "--registry-port", String.valueOf(registryPort),
                "--evaluation-port", String.valueOf(SystemUnderTest.freePort()),
                "--funding-port", String.valueOf(SystemUnderTest.freePort()),
                "--service-java-opts", "-XX:+UseSerialGC -Xmx256m");
        Process launcher = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                boolean seen = false;
                while ((line = r.readLine()) != null) {
                    synchronized (output) {
                        output.add(line);
                    }
                    seen |= line.contains("All services are ready");
                }
                return seen;
            } catch (Exception e) {
                return false;
            }
        });
        List<ProcessHandle> children = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
            while (System.nanoTime() < deadline && !printed(output, "All services are ready") && launcher.isAlive()) {
                Thread.sleep(250);
            }
            assertTrue(printed(output, "All services are ready"), () -> "launcher output:\n" + String.join("\n", output));
            assertTrue(printed(output, "/q/swagger-ui"));
            assertTrue(printed(output, "bin/token"));
            launcher.descendants().forEach(children::add);
            assertTrue(children.size() >= 3, "one JVM per service");

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + registryPort + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertTrue(health.body().replaceAll("\\s", "").startsWith("{\"status\":\"UP\""), health.body());
        } finally {
            launcher.toHandle().destroy(); // SIGTERM, the same shutdown path as Ctrl-C (Process.destroy would close our end of its output)
            assertTrue(launcher.waitFor(60, TimeUnit.SECONDS), "launcher stops");
        }
        ready.get(10, TimeUnit.SECONDS);
        assertTrue(printed(output, "Stopped."), () -> String.join("\n", output));
        for (ProcessHandle child : children) {
            child.onExit().get(10, TimeUnit.SECONDS);
            assertTrue(!child.isAlive(), "no process left behind: " + child.info().commandLine().orElse("?"));
        }
    }

    private static boolean printed(List<String> output, String text) {
        synchronized (output) {
            return output.stream().anyMatch(l -> l.contains(text));
        }
    }
}
