package be.wallonie.clusters.foundation.problem;

import java.util.List;

/** Thrown by adapters to answer with a problem; the mapper renders it in the caller's language. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final LocalizedText detail;
    private final List<FieldProblem> fields;
    private final String code;

    public ProblemException(ProblemType type, LocalizedText detail) {
        this(type, detail, List.of(), null);
    }

    public ProblemException(ProblemType type, LocalizedText detail, List<FieldProblem> fields, String code) {
        super(type.slug() + ": " + (detail == null ? "" : detail.en()));
        this.type = type;
        this.detail = detail;
        this.fields = List.copyOf(fields);
        this.code = code;
    }

    public ProblemType type() {
        return type;
    }

    public LocalizedText detail() {
        return detail;
    }

    public List<FieldProblem> fields() {
        return fields;
    }

    public String code() {
        return code;
    }
}
