package be.wallonie.clusters.funding.application.port.in;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Amounts per budget year as asked for, before they are checked: a default for a full calendar year and amounts
 * declared for some years.
 *
 * @param yearly   the amount for a full calendar year, pro-rated by days for a partial year
 * @param declared amounts declared for a budget year (what was actually incurred over the days of that year covered)
 */
public record YearlyAmountsInput(BigDecimal yearly, Map<Integer, BigDecimal> declared) {

    public static YearlyAmountsInput yearly(BigDecimal yearly) {
        return new YearlyAmountsInput(yearly, Map.of());
    }

    public static YearlyAmountsInput yearly(String yearly) {
        return yearly(new BigDecimal(yearly));
    }
}
