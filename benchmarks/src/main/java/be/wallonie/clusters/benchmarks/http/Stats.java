package be.wallonie.clusters.benchmarks.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Medians and percentiles (nearest rank) of small samples, and the number formats of the report. */
final class Stats {

    private Stats() {
    }

    static double median(List<Double> values) {
        List<Double> v = sorted(values);
        int n = v.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0;
    }

    /** Nearest-rank percentile, {@code p} in (0, 100]. */
    static double percentile(List<Double> values, double p) {
        List<Double> v = sorted(values);
        if (v.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * v.size());
        return v.get(Math.max(0, Math.min(v.size() - 1, rank - 1)));
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        Collections.sort(v);
        return v;
    }

    static String rps(double v) {
        return String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ');
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, v < 10 ? "%.2f ms" : "%.1f ms", v);
    }

    static String ratio(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f×", v);
    }
}
