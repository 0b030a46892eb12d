package be.wallonie.clusters.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Belgian enterprise numbers (BCE/KBO) for tests: well formed and, with high probability, unused. */
public final class EnterpriseNumbers {

    private EnterpriseNumbers() {
    }

    /** A fresh valid number, dotted ({@code 0123.456.789}): first digit 0 or 1, mod-97 check digits. */
    public static String fresh() {
        long firstEight = ThreadLocalRandom.current().nextLong(1_000_000, 20_000_000);
        String digits = String.format("%08d%02d", firstEight, 97 - firstEight % 97);
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }
}
