package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.domain.scheme.AnimatorParameters;
import be.wallonie.clusters.funding.domain.scheme.SchemeParameters;
import be.wallonie.clusters.funding.domain.scheme.TimeLimitedParameters;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SchemeParameters", description = "The figures of a scheme version. CLUSTER_ANIMATOR: yearlyCap, periodRates, "
        + "periodLengthYears, maxFundedYears. CLUSTER_PREPARATION and TECHNOLOGY_GRAPE: yearlyCap, rate, maxMonths. "
        + "COMPETITIVENESS_POLE: yearlyCap. Rates are fractions (0.75 = 75 %).")
public record SchemeParametersResponse(
        @Schema(example = "EUR") String currency,
        @Schema(example = "160000.00", description = "Yearly ceiling before pro rata temporis; for CLUSTER_ANIMATOR it is "
                + "multiplied by the period's rate") String yearlyCap,
        @Schema(example = "[\"1.00\", \"0.75\", \"0.50\"]", description = "Rate of agrément period 1, 2, 3…; a later period is "
                + "self-financed") List<String> periodRates,
        @Schema(example = "3", description = "Length of one agrément period, in years") Integer periodLengthYears,
        @Schema(example = "9", description = "Agrément years co-funded; later years are self-financed (0 %)") Integer maxFundedYears,
        @Schema(example = "0.50", description = "Share of eligible costs paid") String rate,
        @Schema(example = "12", description = "The support stops this many months after it starts") Integer maxMonths) {

    static SchemeParametersResponse of(SchemeParameters p) {
        String cap = Amounts.money(p.yearlyCap());
        if (p instanceof AnimatorParameters a) {
            return new SchemeParametersResponse(Amounts.CURRENCY, cap, a.periodRates().stream().map(Amounts::rate).toList(),
                    a.periodLengthYears(), a.maxFundedYears(), null, null);
        }
        if (p instanceof TimeLimitedParameters t) {
            return new SchemeParametersResponse(Amounts.CURRENCY, cap, null, null, null, Amounts.rate(t.rate()), t.maxMonths());
        }
        return new SchemeParametersResponse(Amounts.CURRENCY, cap, null, null, null, null, null);
    }
}
