package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.application.port.in.CelluleAvisUseCases.CaseAvis;
import be.wallonie.clusters.evaluation.domain.avis.CelluleAvis;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Cellule's avis as the readers of a case see it. */
final class CelluleAvisDtos {

    private CelluleAvisDtos() {
    }

    @Schema(name = "CaseCelluleAvisCriterion")
    record CriterionDto(@Schema(example = "CRITICAL_MASS") String criterion, @Schema(example = "PARTLY_MET") String assessment,
            String reason) {
    }

    @Schema(name = "CaseCelluleAvis", description = "The Cellule Clusters' information note and avis on the snapshot the case "
            + "judges (000 III.2), to read beside the automatic assessment; texts as written, in `language`. Once the panel is "
            + "composed, the version received by then (a later one is kept but not shown).")
    record CaseAvisResponse(UUID caseId,
            @Schema(description = "Whether the panel is composed (the avis no longer changes)") boolean frozen,
            @Schema(nullable = true) Instant frozenAt, UUID avisId, int version,
            @Schema(example = "RESERVED", description = "FAVOURABLE, RESERVED or UNFAVOURABLE") String recommendation,
            @Schema(example = "fr") String language, String informationNote, String summary, List<CriterionDto> criteria,
            Instant writtenAt,
            @Schema(description = "Secretariat only: versions received after the panel was composed, kept and not shown to "
                    + "the panel; absent for experts") @JsonInclude(JsonInclude.Include.NON_NULL) Integer receivedAfterPanelComposition) {

        static CaseAvisResponse of(UUID caseId, CelluleAvis a, CaseAvis view, boolean secretariat) {
            return new CaseAvisResponse(caseId, view.freeze().isPresent(), view.freeze().map(f -> f.composedAt()).orElse(null),
                    a.avisId(), a.version(), a.recommendation(), a.language(), a.informationNote(), a.summary(),
                    a.criteria().stream().map(c -> new CriterionDto(c.criterion(), c.assessment(), c.reason())).toList(),
                    a.writtenAt(), secretariat ? view.receivedAfterPanel() : null);
        }
    }
}
