package be.wallonie.clusters.registry.domain.dossier;

import java.util.List;

/** The dossier's content breaks one or more rules; carries them all so that they can be corrected at once. */
public class InvalidDossierContentException extends IllegalArgumentException {

    private final List<ContentViolation> violations;

    public InvalidDossierContentException(List<ContentViolation> violations) {
        super("invalid dossier content: " + violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid content has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<ContentViolation> violations() {
        return violations;
    }
}
