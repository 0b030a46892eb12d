package be.wallonie.clusters.foundation.problem;

/** One offending field of a request: its JSON path (e.g. {@code members[2].enterpriseNumber}) and what is wrong. */
public record FieldProblem(String field, String message) {
}
