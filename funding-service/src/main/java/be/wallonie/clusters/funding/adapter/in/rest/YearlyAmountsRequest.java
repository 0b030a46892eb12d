package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.application.port.in.YearlyAmountsInput;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "YearlyAmountsRequest", description = "Amounts in euros per budget (calendar) year. Amounts are strings or "
        + "numbers, at least 0, at most 2 decimals.")
public record YearlyAmountsRequest(
        @Schema(type = SchemaType.STRING, example = "200000.00", description = "The amount for a full calendar year, used for "
                + "every year without a declaration and pro-rated by days for a partial year (275/365 for 1 April – 31 December "
                + "2025). Required for eligible costs and a declared budget; default 0 for private contributions.")
        BigDecimal yearly,
        @Schema(description = "Amounts declared for some budget years (key: the year): what was actually incurred over the days "
                + "of that year the schedule covers, not pro-rated again", example = "{\"2026\": \"185000.00\"}")
        Map<Integer, BigDecimal> declared) {

    YearlyAmountsInput toInput() {
        return new YearlyAmountsInput(yearly, declared);
    }

    static YearlyAmountsInput toInput(YearlyAmountsRequest request) {
        return request == null ? null : request.toInput();
    }
}
