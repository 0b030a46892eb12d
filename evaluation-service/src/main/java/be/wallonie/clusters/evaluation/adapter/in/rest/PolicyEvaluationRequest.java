package be.wallonie.clusters.evaluation.adapter.in.rest;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The period [from, to) to evaluate. Both optional: one bound takes the configured length "
        + "(24 months by default); none ends the period with today included.")
public record PolicyEvaluationRequest(
        @Schema(description = "First day counted (inclusive)", example = "2025-01-01") LocalDate from,
        @Schema(description = "Day after the last day counted (exclusive)", example = "2027-01-01") LocalDate to) {
}
