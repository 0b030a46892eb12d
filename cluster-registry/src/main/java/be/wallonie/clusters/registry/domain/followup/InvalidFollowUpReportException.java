package be.wallonie.clusters.registry.domain.followup;

import java.util.List;

/** A follow-up report that breaks its rules; every offending field at once. */
public class InvalidFollowUpReportException extends RuntimeException {

    private final List<ReportViolation> violations;

    public InvalidFollowUpReportException(List<ReportViolation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    public List<ReportViolation> violations() {
        return violations;
    }
}
