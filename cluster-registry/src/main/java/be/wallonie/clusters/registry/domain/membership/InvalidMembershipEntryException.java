package be.wallonie.clusters.registry.domain.membership;

import java.util.List;

/** A membership entry stated with missing or invalid fields: every one of them at once; nothing is recorded. */
public class InvalidMembershipEntryException extends RuntimeException {

    private final List<EntryViolation> violations;

    public InvalidMembershipEntryException(List<EntryViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<EntryViolation> violations() {
        return violations;
    }
}
