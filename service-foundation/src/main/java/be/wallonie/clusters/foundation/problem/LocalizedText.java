package be.wallonie.clusters.foundation.problem;

import java.util.Locale;
import java.util.Objects;

/** A user-facing text in French (the default) and English. */
public record LocalizedText(String fr, String en) {

    public LocalizedText {
        Objects.requireNonNull(fr, "fr");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String fr, String en) {
        return new LocalizedText(fr, en);
    }

    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : fr;
    }

    public LocalizedText formatted(Object... args) {
        return new LocalizedText(String.format(Locale.FRENCH, fr, args), String.format(Locale.ENGLISH, en, args));
    }
}
