package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.domain.criteria.Assessment;
import be.wallonie.clusters.evaluation.domain.criteria.CriterionResult;
import be.wallonie.clusters.evaluation.domain.criteria.Indicator;
import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.criteria.RiskWarning;
import be.wallonie.clusters.evaluation.domain.criteria.Routing;
import be.wallonie.clusters.evaluation.domain.criteria.Threshold;
import be.wallonie.clusters.evaluation.domain.evaluationcase.AutomaticAssessment;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The criteria engine's assessment of a dossier, the same shape whether stored with a case or
 * computed on the fly; texts come in both languages.
 */
@Schema(name = "Assessment", description = "The automatic assessment of a dossier against the Walloon cluster criteria "
        + "(domain.md §2). It informs the Comité's experts and never decides alone.")
public record AssessmentResponse(
        @Schema(description = "The evaluation case, for a stored assessment; absent for a stateless one")
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID caseId,
        @Schema(description = "When the engine ran, for a stored assessment; absent for a stateless one")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant computedAt,
        @Schema(description = "The criteria policy (set of thresholds) that produced the result", example = "2026.1")
        String policyVersion,
        AssessmentRouting routing,
        @Schema(description = "One result per criterion, in the order of domain.md §2") List<AssessedCriterion> criteria,
        @Schema(description = "Risk factors of the report's II.2 table: warnings, never failures") List<AssessmentWarning> warnings,
        AssessmentSummaryResponse summary) {

    static AssessmentResponse of(Assessment a) {
        return of(a, null, null);
    }

    static AssessmentResponse of(AutomaticAssessment stored) {
        return of(stored.assessment(), stored.caseId(), stored.computedAt());
    }

    private static AssessmentResponse of(Assessment a, UUID caseId, Instant computedAt) {
        return new AssessmentResponse(caseId, computedAt, a.policyVersion(), AssessmentRouting.of(a.routing()),
                a.results().stream().map(AssessedCriterion::of).toList(),
                a.warnings().stream().map(AssessmentWarning::of).toList(),
                AssessmentSummaryResponse.of(a));
    }

    @Schema(name = "LocalizedText", description = "A text in French (the Region's language) and English")
    public record Text(@Schema(example = "Le noyau dur compte 4 entreprises sur 4 (100 %)") String fr,
                       @Schema(example = "The core group has 4 enterprises out of 4 (100%)") String en) {
        static Text of(LocalizedText t) {
            return new Text(t.fr(), t.en());
        }
    }

    @Schema(name = "AssessmentIndicator", description = "An objective indicator the engine computed")
    public record IndicatorValue(
            @Schema(example = "coreGroup.enterpriseShare") String code,
            @Schema(example = "83.33") BigDecimal value,
            @Schema(description = "%, count, months, boolean (1 or 0) or EUR", example = "%") String unit) {
        static IndicatorValue of(Indicator i) {
            return new IndicatorValue(i.code(), i.value(), i.unit());
        }
    }

    @Schema(name = "AssessmentThreshold", description = "A threshold of the policy in force, applied to the indicator of the same code")
    public record AppliedThreshold(
            @Schema(example = "coreGroup.enterpriseShare") String code,
            @Schema(example = "50") BigDecimal value,
            @Schema(description = "How the indicator must compare with the value for the rule to hold",
                    enumeration = {"GREATER_THAN", "AT_LEAST", "AT_MOST", "LESS_THAN"}, example = "GREATER_THAN")
            String comparison,
            @Schema(example = "%") String unit) {
        static AppliedThreshold of(Threshold t) {
            return new AppliedThreshold(t.code(), t.value(), t.comparison().name(), t.unit());
        }
    }

    @Schema(name = "AssessedCriterion", description = "The automatic result of one criterion")
    public record AssessedCriterion(
            @Schema(enumeration = {"BUSINESS_INITIATIVE", "CRITICAL_MASS", "INTERRELATIONS", "COMMON_INTEREST",
                    "COMPETITIVENESS", "DURABILITY", "REGIONAL_VALUE_ADDED", "SHARED_VISION"},
                    example = "BUSINESS_INITIATIVE") String criterion,
            Text label,
            @Schema(description = "Whether a Walloon cluster must meet it") boolean necessary,
            @Schema(description = "Where the policy report defines it", example = "I.2 « L'origine »") String seedReference,
            @Schema(enumeration = {"SATISFIED", "NOT_SATISFIED", "NEEDS_EXPERT_JUDGEMENT"}, example = "SATISFIED")
            String outcome,
            List<IndicatorValue> indicators,
            List<AppliedThreshold> thresholds,
            Text explanation) {
        static AssessedCriterion of(CriterionResult r) {
            return new AssessedCriterion(r.criterion().name(), Text.of(r.criterion().label()), r.criterion().necessary(),
                    r.criterion().seedReference(), r.outcome().name(),
                    r.indicators().stream().map(IndicatorValue::of).toList(),
                    r.thresholds().stream().map(AppliedThreshold::of).toList(), Text.of(r.explanation()));
        }
    }

    @Schema(name = "AssessmentRouting", description = "The technology dimension routes rather than judges: economic "
            + "cluster or technology grape (I.2 « Dimension technologique »)")
    public record AssessmentRouting(
            @Schema(description = "The scheme the dossier applied for",
                    enumeration = {"ECONOMIC_CLUSTER", "TECHNOLOGY_GRAPE", "COMPETITIVENESS_POLE"}, example = "ECONOMIC_CLUSTER")
            String appliedForScheme,
            @Schema(description = "The scheme the indicators point to",
                    enumeration = {"ECONOMIC_CLUSTER", "TECHNOLOGY_GRAPE"}, example = "ECONOMIC_CLUSTER")
            String routedScheme,
            @Schema(description = "Whether a cluster or grape dossier is routed to the other scheme")
            boolean differsFromApplication,
            List<IndicatorValue> indicators,
            List<AppliedThreshold> thresholds,
            Text explanation) {
        static AssessmentRouting of(Routing r) {
            return new AssessmentRouting(r.appliedFor() == null ? null : r.appliedFor().name(), r.route().name(),
                    r.differsFromApplication(), r.indicators().stream().map(IndicatorValue::of).toList(),
                    r.thresholds().stream().map(AppliedThreshold::of).toList(), Text.of(r.explanation()));
        }
    }

    @Schema(name = "AssessmentWarning", description = "A risk the experts should look at (II.2)")
    public record AssessmentWarning(
            @Schema(example = "MISSING_FUNCTIONING_RULES") String code,
            @Schema(example = "II.2, 5 « Durée »") String seedReference,
            Text message,
            @Schema(description = "The members concerned; empty when the risk concerns the whole dossier")
            List<UUID> organisations) {
        static AssessmentWarning of(RiskWarning w) {
            return new AssessmentWarning(w.code().name(), w.code().seedReference(), Text.of(w.message()), w.organisations());
        }
    }

    @Schema(name = "AssessmentSummary", description = "Counts per outcome; the automatic results never decide alone")
    public record AssessmentSummaryResponse(
            @Schema(example = "8") int satisfied,
            @Schema(example = "0") int notSatisfied,
            @Schema(example = "0") int needsExpertJudgement,
            @Schema(description = "Whether every necessary criterion is automatically satisfied") boolean allNecessarySatisfied,
            @Schema(description = "Number of risk warnings", example = "0") int warnings) {
        static AssessmentSummaryResponse of(Assessment a) {
            return new AssessmentSummaryResponse(a.summary().satisfied(), a.summary().notSatisfied(),
                    a.summary().needsExpertJudgement(), a.summary().allNecessarySatisfied(), a.summary().warnings());
        }
    }
}
