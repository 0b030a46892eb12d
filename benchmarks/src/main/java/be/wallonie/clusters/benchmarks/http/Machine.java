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

    /**
     * The warning the report carries when the figures cannot be read as the services' speed: on 2 cores or fewer, or
     * when the load average at the start exceeded the cores (other work beside the benchmark).
     */
    String noise() {
        double load;
        try {
            load = Double.parseDouble(loadAverage.split(" ")[0]);
        } catch (RuntimeException e) {
            load = 0;
        }
        if (load > cores) {
            return "**Noisy, shared machine**: the load average at the start (" + loadAverage.split(" ")[0] + ") exceeded the "
                    + cores + " cores — other work ran beside the benchmark. These figures show that the harness works, "
                    + "not the services' speed; re-run on a quiet machine.";
        }
        if (cores <= 2) {
            return "**Noisy**: wrk, the services, PostgreSQL and Kafka share " + cores + " cores; read the ratios, not the "
                    + "absolute figures.";
        }
        return "";
    }

    String line() {
        return cores + " cores (nproc), " + cpu + (memory.isEmpty() ? "" : ", " + memory) + ", " + jdk
                + (loadAverage.isEmpty() ? "" : "; load average at the start " + loadAverage);
    }
}
