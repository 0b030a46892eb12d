package be.wallonie.clusters.evaluation.domain.expert;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Organisations without a Belgian enterprise number (abroad) are compared by name and country: the name normalised so
 * that « Optique Lumière S.A.S. » and « OPTIQUE LUMIERE » are the same — case, accents, punctuation and legal-form words
 * (SA, SRL, GmbH, SAS, BV, Ltd…) ignored.
 */
public final class OrganisationName {

    /** Legal-form words, compared after normalisation (dots removed: « S.A. » is « sa »). */
    static final Set<String> LEGAL_FORMS = Set.of("sa", "srl", "sprl", "scrl", "sc", "scs", "snc", "asbl", "nv", "bv", "bvba", "cv", "vzw",
            "gmbh", "ag", "kg", "ug", "ohg", "ev", "sas", "sasu", "sarl", "eurl", "sca", "ltd", "limited", "plc", "llp", "llc", "inc", "corp",
            "spa", "sl", "slu", "se", "ab", "oy", "as", "aps", "kft", "sro", "sp", "zoo", "co");

    private OrganisationName() {
    }

    /** The comparable form of a name; empty when nothing but legal-form words and punctuation remains. */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace(".", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (plain.isEmpty()) {
            return "";
        }
        List<String> words = Arrays.stream(plain.split(" ")).toList();
        List<String> kept = words.stream().filter(w -> !LEGAL_FORMS.contains(w)).toList();
        // a name made only of such words (« AS », « SE ») is kept as written
        return String.join(" ", kept.isEmpty() ? words : kept);
    }

    /** The key an organisation abroad is recorded and matched by: country and normalised name. */
    public static String key(String name, String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String n = normalise(name);
        return n.isEmpty() ? null : country.strip().toUpperCase(Locale.ROOT) + ":" + n;
    }
}
