package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport;
import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stored policy evaluation report: immutable, with when it was computed, by whom, the method version "
        + "and what data it read (`basis`). Rates are shares 0–1 (4 decimals), durations in days (1 decimal), amounts in "
        + "EUR (2 decimals); a figure without a denominator is null.")
public record PolicyEvaluationResponse(UUID id, Instant computedAt, String computedBy,
        @Schema(description = "First day counted") LocalDate periodFrom,
        @Schema(description = "Day after the last day counted") LocalDate periodTo,
        String methodVersion,
        PolicyEvaluationReport.DossiersReceived dossiersReceived,
        PolicyEvaluationReport.TimeToOpinion timeToOpinion,
        PolicyEvaluationReport.Validation validation,
        PolicyEvaluationReport.Divergence divergence,
        PolicyEvaluationReport.Agrements agrements,
        PolicyEvaluationReport.FundingCommitted fundingCommitted,
        List<PolicyEvaluationReport.IndicatorTrend> followUpTrends,
        PolicyEvaluationReport.Basis basis) {

    static PolicyEvaluationResponse of(StoredPolicyEvaluation s) {
        PolicyEvaluationReport r = s.report();
        return new PolicyEvaluationResponse(s.id(), s.computedAt(), s.computedBy(), r.period().from(), r.period().to(),
                r.methodVersion(), r.dossiersReceived(), r.timeToOpinion(), r.validation(), r.divergence(), r.agrements(),
                r.fundingCommitted(), r.followUpTrends(), r.basis());
    }

    @Schema(description = "A report in a list: what it covers and when it was computed")
    public record Summary(UUID id, Instant computedAt, String computedBy, LocalDate periodFrom, LocalDate periodTo,
            String methodVersion) {
        static Summary of(StoredPolicyEvaluation s) {
            return new Summary(s.id(), s.computedAt(), s.computedBy(), s.report().period().from(), s.report().period().to(),
                    s.report().methodVersion());
        }
    }

    @Schema(description = "One page of reports, newest first")
    public record SummaryPage(List<Summary> items, int page, int size, long total) {
        static SummaryPage of(Page<StoredPolicyEvaluation> p) {
            return new SummaryPage(p.items().stream().map(Summary::of).toList(), p.page(), p.size(), p.total());
        }
    }
}
