package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.application.port.in.PanelUseCases.NoConflictDeclaration;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.ConditionForm;
import be.wallonie.clusters.evaluation.application.port.in.ScoringUseCases.ScoreForm;
import be.wallonie.clusters.evaluation.domain.panel.Panel;
import be.wallonie.clusters.evaluation.domain.panel.PanelCompositionPolicy;
import be.wallonie.clusters.evaluation.domain.scoring.Finding;
import be.wallonie.clusters.evaluation.domain.scoring.Opinion;
import be.wallonie.clusters.evaluation.domain.scoring.ScoreSheet;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the panel, scoring and opinion endpoints. */
final class PanelDtos {

    private PanelDtos() {
    }

    @Schema(name = "PanelRequest", description = "The experts of the panel (default rules: 3 experts, one competent in the dossier's "
            + "domain, one regional-development specialist, one based abroad and one based in Belgium, no conflict of interest, "
            + "no Cellule/Region staff)")
    record PanelRequest(List<UUID> expertIds) {
    }

    @Schema(name = "PanelMember")
    record MemberDto(UUID expertId, Instant appointedAt, String appointedBy) {
    }

    @Schema(name = "PanelRemoval", description = "An expert who left the panel, with the reason; their scores on the case are voided")
    record RemovalDto(UUID expertId, Instant appointedAt, Instant removedAt, String removedBy,
            @Schema(example = "CONFLICT_OF_INTEREST") String code, String reason) {
    }

    @Schema(name = "Panel")
    record PanelResponse(UUID caseId, @Schema(description = "The dossier's focus domain the panel must cover") String focusDomain,
            List<MemberDto> members, List<RemovalDto> removals, @Schema(description = "Same as the ETag") long version) {

        static PanelResponse of(Panel p, boolean english) {
            return new PanelResponse(p.caseId(), p.focusDomain(),
                    p.active().stream().map(m -> new MemberDto(m.expertId(), m.appointedAt(), m.appointedBy())).toList(),
                    p.removed().stream().map(m -> new RemovalDto(m.expertId(), m.appointedAt(), m.removedAt(), m.removedBy(), m.removalCode(),
                            m.removalReason() == null ? null : english ? m.removalReason().en() : m.removalReason().fr())).toList(),
                    p.version());
        }
    }

    @Schema(name = "PanelRuleViolation")
    record ViolationDto(@Schema(example = "FOREIGN_EXPERT") String rule, UUID expertId, String message) {
    }

    @Schema(name = "PanelProposal", description = "A valid panel balancing load, or why none is possible")
    record ProposalResponse(boolean possible, List<UUID> expertIds, List<ViolationDto> unmetRules) {

        static ProposalResponse of(PanelCompositionPolicy.Proposal p, boolean english) {
            return new ProposalResponse(p.possible(), p.experts().stream().map(c -> c.expert().id()).toList(),
                    p.unmet().stream().map(v -> new ViolationDto(v.rule().name(), v.expertId(),
                            english ? v.message().en() : v.message().fr())).toList());
        }
    }

    @Schema(name = "NoConflictDeclarationRequest")
    record NoConflictRequest(@Schema(example = "Je déclare n'avoir aucun lien avec le cluster ni avec ses membres.") String statement) {
    }

    @Schema(name = "NoConflictDeclaration", description = "Signed (token subject) and timestamped before the expert reads the dossier")
    record NoConflictResponse(UUID id, UUID caseId, UUID expertId, String signedBy, Instant signedAt, String statement) {

        static NoConflictResponse of(NoConflictDeclaration d) {
            return new NoConflictResponse(d.id(), d.caseId(), d.expertId(), d.signedBy(), d.signedAt(), d.statement());
        }
    }

    @Schema(name = "CriterionScore")
    record ScoreDto(@Schema(example = "CRITICAL_MASS") String criterion, @Schema(minimum = "0", maximum = "5", example = "4") Integer score,
            @Schema(example = "Douze entreprises indépendantes couvrant la chaîne de valeur") String reason) {
    }

    @Schema(name = "ScoresRequest", description = "One score 0–5 with a written reason for each of the eight criteria")
    record ScoresRequest(List<ScoreDto> scores) {

        List<ScoreForm> forms() {
            return scores == null ? List.of() : scores.stream()
                    .map(s -> s == null ? null : new ScoreForm(s.criterion(), s.score(), s.reason())).toList();
        }
    }

    @Schema(name = "ScoreSheet")
    record SheetResponse(UUID id, UUID expertId, @Schema(enumeration = {"DRAFT", "SUBMITTED", "VOID"}) String status, List<ScoreDto> scores,
            Instant updatedAt, Instant submittedAt, Instant voidedAt, String voidReason, long version) {

        static SheetResponse of(ScoreSheet s) {
            return new SheetResponse(s.id(), s.expertId(), s.voided() ? "VOID" : s.submitted() ? "SUBMITTED" : "DRAFT",
                    s.scores().stream().map(c -> new ScoreDto(c.criterion().name(), c.score(), c.reason())).toList(), s.updatedAt(),
                    s.submittedAt(), s.voidedAt(), s.voidReason(), s.version());
        }
    }

    @Schema(name = "CaseScores", description = "The score sheets the caller may read")
    record ScoresResponse(List<SheetResponse> items,
            @Schema(description = "False for an expert who has not submitted yet: only their own sheet is listed") boolean othersVisible) {
    }

    @Schema(name = "OpinionCondition")
    record ConditionDto(@Schema(description = "The unmet criterion it answers; absent for a general condition", example = "CRITICAL_MASS")
            String criterion, @Schema(example = "Atteindre huit entreprises indépendantes dans les douze mois") String text) {
    }

    @Schema(name = "OpinionRequest", description = "Conditions the secretariat attaches (optional)")
    record OpinionRequest(List<ConditionDto> conditions) {

        List<ConditionForm> forms() {
            return conditions == null ? List.of() : conditions.stream()
                    .map(c -> c == null ? null : new ConditionForm(c.criterion(), c.text())).toList();
        }
    }

    @Schema(name = "Finding", description = "The panel's consensus on one criterion; no expert is named")
    record FindingDto(String criterion, boolean met, BigDecimal consensusScore, String majorityView, String minorityView) {

        static FindingDto of(Finding f) {
            return new FindingDto(f.criterion().name(), f.met(), f.consensusScore(), f.majorityView(), f.minorityView());
        }
    }

    @Schema(name = "Opinion", description = "The Comité's opinion; experts stay anonymous")
    record OpinionResponse(UUID id, UUID caseId, @Schema(enumeration = {"FAVOURABLE", "FAVOURABLE_WITH_CONDITIONS", "UNFAVOURABLE"})
            String outcome, List<FindingDto> findings, List<ConditionDto> conditions,
            @Schema(description = "The unmet necessary criteria and the panel's reasons") List<FindingDto> reasons,
            @Schema(description = "Criteria policy version of the automatic assessment", example = "2026.1") String policyVersion,
            @Schema(example = "MEDIAN>=3") String consensusMethod, Instant issuedAt,
            @Schema(description = "The secretariat user who set the conditions (they are set in the issuing request); shown to the "
                    + "secretariat only, absent without conditions", example = "comite-secretariat")
            @JsonInclude(JsonInclude.Include.NON_NULL) String conditionsSetBy) {

        /** {@code forSecretariat}: the secretariat sees who set the conditions; the Region and the Cellule do not. */
        static OpinionResponse of(Opinion o, boolean forSecretariat) {
            return new OpinionResponse(o.id(), o.caseId(), o.outcome().name(), o.findings().stream().map(FindingDto::of).toList(),
                    o.conditions().stream().map(c -> new ConditionDto(c.criterion() == null ? null : c.criterion().name(), c.text())).toList(),
                    o.unmetReasons().stream().map(FindingDto::of).toList(), o.policyVersion(), o.consensusMethod(), o.issuedAt(),
                    forSecretariat && !o.conditions().isEmpty() ? o.issuedBy() : null);
        }
    }
}
