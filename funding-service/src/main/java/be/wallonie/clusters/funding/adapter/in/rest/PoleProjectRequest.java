package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.application.port.in.PoleProjectInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PoleProjectRequest", description = "A competitiveness pole's project: R&D, training or investment (002: "
        + "\"projets d'investissement, de R&D ou de formation\").")
public record PoleProjectRequest(
        @Schema(required = true, example = "R_AND_D", enumeration = {"R_AND_D", "TRAINING", "INVESTMENT"})
        String kind,
        @Schema(example = "Capteurs pour l'agro-industrie", maxLength = 300)
        String title,
        @Schema(required = true, example = "2026-01-01")
        LocalDate startDate,
        @Schema(required = true, example = "2027-12-31")
        LocalDate endDate,
        @Schema(required = true, type = SchemaType.STRING, example = "600000.00", description = "The project's budget")
        BigDecimal budget,
        @Schema(type = SchemaType.STRING, example = "150000.00", description = "What the members bring; default 0, at most the "
                + "budget")
        BigDecimal privateContributions) {

    PoleProjectInput toInput() {
        return new PoleProjectInput(kind, title, startDate, endDate, budget, privateContributions);
    }
}
