package be.wallonie.clusters.evaluation.domain.criteria;

import java.util.Objects;

/** A text in French (the default language of the Region) and English. */
public record LocalizedText(String fr, String en) {

    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
        if (fr.isBlank() || en.isBlank()) {
            throw new IllegalArgumentException("both languages are required");
        }
    }
}
