package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationFindings;
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
        @Schema(description = "The Cellule's accompaniment acts, projects and avis/opinion agreement (null in reports of "
                + "policy-evaluation-1)") PolicyEvaluationReport.CelluleActivity celluleActivity,
        @Schema(description = "Payments made in the period by budget year and scheme, beside the amounts committed (null in "
                + "reports of policy-evaluation-1)") PolicyEvaluationReport.AmountsPaid amountsPaid,
        @Schema(description = "Follow-up against the plan per reported year, and overdue reports (null in reports of "
                + "policy-evaluation-1)") PolicyEvaluationReport.FollowUpExecution followUpExecution,
        PolicyEvaluationReport.Basis basis,
        @Schema(description = "The Comité's written findings and recommendations; the ETag is their version")
        FindingsResponse findings) {

    static PolicyEvaluationResponse of(StoredPolicyEvaluation s, PolicyEvaluationFindings findings) {
        PolicyEvaluationReport r = s.report();
        return new PolicyEvaluationResponse(s.id(), s.computedAt(), s.computedBy(), r.period().from(), r.period().to(),
                r.methodVersion(), r.dossiersReceived(), r.timeToOpinion(), r.validation(), r.divergence(), r.agrements(),
                r.fundingCommitted(), r.followUpTrends(), r.celluleActivity(), r.amountsPaid(), r.followUpExecution(), r.basis(),
                FindingsResponse.of(findings == null ? PolicyEvaluationFindings.none(s.id()) : findings));
    }

    @Schema(description = "A text in French and/or English, as written (null in a language not written)")
    public record TextsDto(@Schema(example = "La Cellule a accompagné 14 projets, dont 5 sont devenus des dossiers.") String fr,
            @Schema(example = "The Cellule accompanied 14 projects, 5 of which became dossiers.") String en) {
        static TextsDto of(PolicyEvaluationFindings.Texts t) {
            return new TextsDto(t.fr(), t.en());
        }

        PolicyEvaluationFindings.Texts toDomain() {
            return new PolicyEvaluationFindings.Texts(fr, en);
        }
    }

    @Schema(description = "The Comité's findings and recommendations on a report: version 0 before anything is written; "
            + "final once the report is finalised (nothing changes afterwards)")
    public record FindingsResponse(long version, TextsDto findings, TextsDto recommendations, Instant writtenAt, String writtenBy,
            boolean finalised, Instant finalisedAt, String finalisedBy) {
        static FindingsResponse of(PolicyEvaluationFindings f) {
            return new FindingsResponse(f.version(), TextsDto.of(f.findings()), TextsDto.of(f.recommendations()), f.writtenAt(),
                    f.writtenBy(), f.isFinal(), f.finalisedAt(), f.finalisedBy());
        }
    }

    @Schema(description = "The findings to write (replacing the current ones): at least one text, in French and/or English, "
            + "each at most 20 000 characters")
    public record FindingsRequest(TextsDto findings, TextsDto recommendations) {
    }

    @Schema(description = "One version of the findings as written or finalised (the audit trail)")
    public record FindingsVersion(long version, String action, Instant at, String by, TextsDto findings, TextsDto recommendations) {
        static FindingsVersion of(PolicyEvaluationFindings.HistoryEntry e) {
            return new FindingsVersion(e.findings().version(), e.action().name(), e.at(), e.by(), TextsDto.of(e.findings().findings()),
                    TextsDto.of(e.findings().recommendations()));
        }
    }

    @Schema(description = "One page of the findings' versions, newest first")
    public record FindingsHistoryPage(List<FindingsVersion> items, int page, int size, long total) {
        static FindingsHistoryPage of(Page<PolicyEvaluationFindings.HistoryEntry> p) {
            return new FindingsHistoryPage(p.items().stream().map(FindingsVersion::of).toList(), p.page(), p.size(), p.total());
        }
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
