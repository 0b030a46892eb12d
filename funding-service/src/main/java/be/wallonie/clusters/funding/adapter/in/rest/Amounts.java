package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.domain.money.Money;
import java.math.BigDecimal;

/** How amounts and rates read in JSON: strings, euros with exactly two decimals, rates as fractions ("0.75"). */
final class Amounts {

    static final String CURRENCY = Money.CURRENCY;

    private Amounts() {
    }

    /** "120547.95", "160000.00". */
    static String money(Money amount) {
        return amount.toString();
    }

    /** "1.00", "0.75", "0.00"; more decimals only when the rate has them ("0.3333"). */
    static String rate(BigDecimal rate) {
        BigDecimal stripped = rate.stripTrailingZeros();
        return (stripped.scale() < 2 ? stripped.setScale(2) : stripped).toPlainString();
    }
}
