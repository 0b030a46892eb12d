package be.wallonie.clusters.registry.domain.avis;

import java.util.Optional;

/** The language the Cellule wrote its texts in, declared by the writer; the texts are stored as written, never translated. */
public enum AvisLanguage {
    FR("fr"),
    EN("en");

    private final String code;

    AvisLanguage(String code) {
        this.code = code;
    }

    /** {@code fr} or {@code en}. */
    public String code() {
        return code;
    }

    public static Optional<AvisLanguage> ofCode(String code) {
        for (AvisLanguage l : values()) {
            if (l.code.equals(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
