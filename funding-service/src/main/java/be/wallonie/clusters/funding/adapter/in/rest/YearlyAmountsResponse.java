package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.domain.schedule.YearlyAmounts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearlyAmounts", description = "Amounts in euros per budget year, as used by the computation")
public record YearlyAmountsResponse(
        @Schema(example = "200000.00", description = "Amount for a full calendar year (pro-rated by days for a partial year)")
        String yearly,
        @Schema(description = "Amounts declared per budget year", example = "{\"2026\": \"185000.00\"}")
        Map<Integer, String> declared) {

    static YearlyAmountsResponse of(YearlyAmounts amounts) {
        Map<Integer, String> declared = new LinkedHashMap<>();
        amounts.declared().forEach((year, amount) -> declared.put(year, Amounts.money(amount)));
        return new YearlyAmountsResponse(Amounts.money(amounts.defaultYearly()), declared);
    }
}
