package be.wallonie.clusters.evaluation.adapter.in.contract;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dossier snapshot the criteria engine cannot read: an unknown enumerated value, a missing
 * required value. An {@link IllegalArgumentException}, so that a consumer does not retry it and the
 * message goes to the dead-letter topic with {@link #getMessage()} as its reason; the REST adapter
 * answers with a 400 problem naming the fields.
 */
public class InvalidSnapshotException extends IllegalArgumentException {

    private final List<Violation> violations;

    public InvalidSnapshotException(List<Violation> violations) {
        super("invalid dossier snapshot: " + violations.stream()
                .map(v -> v.field() + ": " + v.messageEn()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    /** The offending fields, in document order. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * One offending field.
     *
     * @param field the path from the snapshot's root, e.g. {@code members[2].kind}
     */
    public record Violation(String field, String messageFr, String messageEn) {
    }
}
