package be.wallonie.clusters.registry.domain.dossier;

import java.util.List;
import java.util.Objects;

/** Normalisation shared by the dossier's value objects. */
final class Texts {

    private Texts() {
    }

    /** Stripped, null when blank. */
    static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** An immutable copy without nulls; empty for null. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }
}
