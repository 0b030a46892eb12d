package be.wallonie.clusters.evaluation.domain.criteria;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/** Number and plural formatting for the bilingual explanations (French uses a decimal comma). */
final class Texts {

    private Texts() {
    }

    static String numberFr(BigDecimal value) {
        return plain(value).replace('.', ',');
    }

    static String numberEn(BigDecimal value) {
        return plain(value);
    }

    /** "83,33 %" */
    static String percentFr(Share share) {
        return numberFr(share.percent()) + " %";
    }

    /** "83.33%" */
    static String percentEn(Share share) {
        return numberEn(share.percent()) + "%";
    }

    static String percentFr(BigDecimal percent) {
        return numberFr(percent) + " %";
    }

    static String percentEn(BigDecimal percent) {
        return numberEn(percent) + "%";
    }

    /** French: 0 and 1 take the singular. */
    static String fr(long count, String singular, String plural) {
        return count + " " + (count <= 1 ? singular : plural);
    }

    static String en(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }

    static String joined(Collection<?> values) {
        return values.isEmpty() ? "–" : values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
