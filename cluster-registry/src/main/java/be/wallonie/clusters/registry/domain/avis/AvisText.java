package be.wallonie.clusters.registry.domain.avis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the Cellule writes for the Comité on one snapshot: its information note and its avis — a recommendation, a
 * summary and, per criterion, an assessment with its reason — in the language it declares ({@code fr} or {@code en}).
 * The texts are kept as written (stripped of surrounding blanks), never translated.
 */
public record AvisText(Recommendation recommendation, AvisLanguage language, String informationNote, String summary,
        List<CriterionAvis> criteria) {

    static final int MAX_NOTE = 20_000;
    static final int MAX_SUMMARY = 4_000;
    static final int MAX_REASON = 4_000;

    public AvisText {
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(informationNote, "informationNote");
        Objects.requireNonNull(summary, "summary");
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** One criterion as the writer sent it, before it is checked. */
    public record RawCriterion(String criterion, String assessment, String reason) {
    }

    /**
     * Checks what the writer sent.
     *
     * @throws InvalidCelluleAvisException naming every offending field
     */
    public static AvisText of(String recommendation, String language, String informationNote, String summary,
            List<RawCriterion> criteria) {
        List<AvisViolation> violations = new ArrayList<>();
        Recommendation r = parse(Recommendation.class, recommendation, "recommendation", violations);
        AvisLanguage l = null;
        if (language == null || language.isBlank()) {
            violations.add(new AvisViolation("language", AvisViolation.Code.REQUIRED));
        } else {
            l = AvisLanguage.ofCode(language.strip()).orElse(null);
            if (l == null) {
                violations.add(new AvisViolation("language", AvisViolation.Code.UNKNOWN_VALUE));
            }
        }
        String note = text(informationNote, MAX_NOTE, "informationNote", violations);
        String sum = text(summary, MAX_SUMMARY, "summary", violations);
        List<CriterionAvis> checked = new ArrayList<>();
        Set<AvisCriterion> seen = EnumSet.noneOf(AvisCriterion.class);
        List<RawCriterion> raw = criteria == null ? List.of() : criteria;
        for (int i = 0; i < raw.size(); i++) {
            String at = "criteria[" + i + "]";
            RawCriterion c = raw.get(i);
            if (c == null) {
                violations.add(new AvisViolation(at, AvisViolation.Code.REQUIRED));
                continue;
            }
            AvisCriterion criterion = parse(AvisCriterion.class, c.criterion(), at + ".criterion", violations);
            if (criterion != null && !seen.add(criterion)) {
                violations.add(new AvisViolation(at + ".criterion", AvisViolation.Code.DUPLICATE));
            }
            Assessment assessment = parse(Assessment.class, c.assessment(), at + ".assessment", violations);
            String reason = text(c.reason(), MAX_REASON, at + ".reason", violations);
            if (criterion != null && assessment != null && reason != null) {
                checked.add(new CriterionAvis(criterion, assessment, reason));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCelluleAvisException(violations);
        }
        return new AvisText(r, l, note, sum, checked);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<AvisViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new AvisViolation(field, AvisViolation.Code.REQUIRED));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new AvisViolation(field, AvisViolation.Code.UNKNOWN_VALUE));
            return null;
        }
    }

    private static String text(String value, int max, String field, List<AvisViolation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new AvisViolation(field, AvisViolation.Code.REQUIRED));
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            violations.add(new AvisViolation(field, AvisViolation.Code.TOO_LONG));
            return null;
        }
        return stripped;
    }
}
