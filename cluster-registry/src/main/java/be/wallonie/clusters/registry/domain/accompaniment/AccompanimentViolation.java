package be.wallonie.clusters.registry.domain.accompaniment;

import java.util.Objects;

/** One broken rule of an accompanied project or an accompaniment act: the field (a JSON path) and the rule. */
public record AccompanimentViolation(String field, Code code) {

    public enum Code {
        REQUIRED,
        TOO_LONG,
        UNKNOWN_KIND,
        UNKNOWN_STATUS,
        IN_THE_FUTURE,
        NOT_POSITIVE,
        TOO_MANY_MINUTES,
        DUPLICATE,
        UNKNOWN_ORGANISATION,
        UNKNOWN_DOSSIER,
        UNKNOWN_PROJECT,
        /** A dossier set while the status is not BECAME_DOSSIER, or a reason while the status is not ABANDONED. */
        NOT_FOR_THIS_STATUS,
        /** An act names a project and a dossier that is not the one the project became. */
        NOT_THE_PROJECT_DOSSIER,
        TOO_MANY
    }

    public AccompanimentViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
    }
}
