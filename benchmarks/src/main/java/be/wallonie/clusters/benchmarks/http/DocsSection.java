package be.wallonie.clusters.benchmarks.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated section of {@code docs/benchmarks.md} between {@code <!-- NAME:begin -->} and
 * {@code <!-- NAME:end -->}, replacing what an earlier run wrote there; appends the section when the markers are absent.
 */
final class DocsSection {

    private DocsSection() {
    }

    static void write(Path doc, String name, String body) throws IOException {
        String begin = "<!-- " + name + ":begin (written by bin/bench-http; re-run it rather than editing by hand) -->";
        String end = "<!-- " + name + ":end -->";
        String text = Files.exists(doc) ? Files.readString(doc) : "";
        String block = begin + "\n" + body.strip() + "\n" + end;
        int b = text.indexOf("<!-- " + name + ":begin");
        int e = text.indexOf(end);
        String updated;
        if (b >= 0 && e > b) {
            updated = text.substring(0, b) + block + text.substring(e + end.length());
        } else {
            updated = text + (text.endsWith("\n") ? "\n" : "\n\n") + block + "\n";
        }
        Files.writeString(doc, updated);
    }
}
