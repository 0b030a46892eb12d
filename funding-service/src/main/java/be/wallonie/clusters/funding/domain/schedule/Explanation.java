package be.wallonie.clusters.funding.domain.schedule;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A short explanation of a line, in French (the default) and English. The calculator renders the texts only when
 * they are first read (recomputing many schedules stays cheap); equality is on the two texts.
 */
public final class Explanation {

    private final Supplier<String[]> renderer;
    private volatile String[] texts;

    /** An explanation with its texts, e.g. read back from storage. */
    public Explanation(String fr, String en) {
        this.texts = new String[] {Objects.requireNonNull(fr, "fr"), Objects.requireNonNull(en, "en")};
        this.renderer = null;
    }

    private Explanation(Supplier<String[]> renderer) {
        this.renderer = renderer;
    }

    /** Texts rendered on first use by {@code renderer}, which returns {french, english}. */
    static Explanation rendered(Supplier<String[]> renderer) {
        return new Explanation(Objects.requireNonNull(renderer, "renderer"));
    }

    public String fr() {
        return texts()[0];
    }

    public String en() {
        return texts()[1];
    }

    /** French unless the language asked for is English ("en", "en-GB"…). */
    public String in(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? en() : fr();
    }

    private String[] texts() {
        String[] rendered = texts;
        if (rendered == null) {
            rendered = renderer.get();
            texts = rendered;
        }
        return rendered;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation other && fr().equals(other.fr()) && en().equals(other.en());
    }

    @Override
    public int hashCode() {
        return 31 * fr().hashCode() + en().hashCode();
    }

    @Override
    public String toString() {
        return fr();
    }
}
