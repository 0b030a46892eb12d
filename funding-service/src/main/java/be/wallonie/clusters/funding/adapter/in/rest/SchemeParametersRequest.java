package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.application.port.in.SchemeParametersInput;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SchemeParametersRequest", description = "The figures of the new version, of the shape its scheme needs "
        + "(a figure the scheme does not use is refused). CLUSTER_ANIMATOR: yearlyCap, periodRates, periodLengthYears, "
        + "maxFundedYears. CLUSTER_PREPARATION and TECHNOLOGY_GRAPE: yearlyCap, rate, maxMonths. COMPETITIVENESS_POLE: yearlyCap. "
        + "Amounts in euros (at most 2 decimals), rates as fractions between 0 and 1 (at most 4 decimals).")
public record SchemeParametersRequest(
        @Schema(required = true, type = SchemaType.STRING, example = "170000.00") BigDecimal yearlyCap,
        @Schema(example = "[\"1.00\", \"0.75\", \"0.50\"]", minItems = 1, maxItems = 10) List<BigDecimal> periodRates,
        @Schema(example = "3", minimum = "1", maximum = "10") Integer periodLengthYears,
        @Schema(example = "9", minimum = "0", maximum = "50") Integer maxFundedYears,
        @Schema(type = SchemaType.STRING, example = "0.50") BigDecimal rate,
        @Schema(example = "12", minimum = "1", maximum = "120") Integer maxMonths) {

    SchemeParametersInput toInput() {
        return new SchemeParametersInput(yearlyCap, periodRates, periodLengthYears, maxFundedYears, rate, maxMonths);
    }
}
