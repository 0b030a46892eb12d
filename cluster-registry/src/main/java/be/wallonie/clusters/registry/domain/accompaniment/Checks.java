package be.wallonie.clusters.registry.domain.accompaniment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The rules shared by projects and acts: texts, organisations, days. */
final class Checks {

    private Checks() {
    }

    /** The stripped text, or null when blank; REQUIRED / TOO_LONG recorded. */
    static String text(String value, String field, int max, boolean required, List<AccompanimentViolation> v) {
        String t = value == null ? null : value.strip();
        if (t == null || t.isEmpty()) {
            if (required) {
                v.add(new AccompanimentViolation(field, AccompanimentViolation.Code.REQUIRED));
            }
            return null;
        }
        if (t.length() > max) {
            v.add(new AccompanimentViolation(field, AccompanimentViolation.Code.TOO_LONG));
        }
        return t;
    }

    static List<UUID> organisations(List<UUID> ids, References refs, List<AccompanimentViolation> v) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > AccompaniedProject.MAX_ORGANISATIONS) {
            v.add(new AccompanimentViolation("organisationIds", AccompanimentViolation.Code.TOO_MANY));
            return List.copyOf(ids.stream().filter(java.util.Objects::nonNull).toList());
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            String field = "organisationIds[" + i + "]";
            if (id == null) {
                v.add(new AccompanimentViolation(field, AccompanimentViolation.Code.REQUIRED));
            } else if (!seen.add(id)) {
                v.add(new AccompanimentViolation(field, AccompanimentViolation.Code.DUPLICATE));
            } else if (!refs.organisationExists(id)) {
                v.add(new AccompanimentViolation(field, AccompanimentViolation.Code.UNKNOWN_ORGANISATION));
            }
        }
        return List.copyOf(ids.stream().filter(java.util.Objects::nonNull).distinct().toList());
    }

    static void pastOrToday(LocalDate day, String field, LocalDate today, List<AccompanimentViolation> v) {
        if (day == null) {
            v.add(new AccompanimentViolation(field, AccompanimentViolation.Code.REQUIRED));
        } else if (day.isAfter(today)) {
            v.add(new AccompanimentViolation(field, AccompanimentViolation.Code.IN_THE_FUTURE));
        }
    }

    static void ifAny(List<AccompanimentViolation> v) {
        if (!v.isEmpty()) {
            throw new InvalidAccompanimentException(v);
        }
    }
}
