package be.wallonie.clusters.evaluation.domain.expert;

import java.util.Optional;

/**
 * Belgian enterprise numbers (BCE/KBO) as the conflict rule compares them: ten digits, first 0 or 1,
 * the last two 97 − (first eight mod 97) (domain.md §1). Dots, spaces and a "BE" prefix are dropped.
 */
public final class EnterpriseNumber {

    private EnterpriseNumber() {
    }

    /** The ten digits of a well-formed number, or empty when it is not one. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("(?i)^\\s*BE", "").replaceAll("[\\s.\\-]", "");
        if (digits.length() == 9) {
            digits = "0" + digits;
        }
        if (!digits.matches("[01]\\d{9}")) {
            return Optional.empty();
        }
        long firstEight = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        return 97 - firstEight % 97 == check ? Optional.of(digits) : Optional.empty();
    }
}
