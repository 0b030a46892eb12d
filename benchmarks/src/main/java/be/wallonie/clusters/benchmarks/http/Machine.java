package be.wallonie.clusters.benchmarks.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the report says of the machine: cores (as nproc counts them), CPU model, memory, JDK, load when the run began. */
record Machine(int cores, String cpu, String memory, String jdk, String loadAverage) {

    static Machine describe() {
        String cpu = "unknown CPU";
        String memory = "";
        String load = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format(Locale.ROOT, "%.0f GiB",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("");
            load = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+", 4).length >= 3
                    ? String.join(" ", java.util.Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+"), 3))
                    : "";
        } catch (IOException | RuntimeException e) {
            // not Linux: the report says less
        }
        return new Machine(Runtime.getRuntime().availableProcessors(), cpu, memory,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"), load);
    }

    String line() {
        return cores + " cores (nproc), " + cpu + (memory.isEmpty() ? "" : ", " + memory) + ", " + jdk
                + (loadAverage.isEmpty() ? "" : "; load average at the start " + loadAverage);
    }
}
