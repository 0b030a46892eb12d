package be.wallonie.clusters.funding.application.port.in;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of a new scheme version as asked for, before they are checked. Each scheme uses some of them:
 * <ul>
 *   <li>CLUSTER_ANIMATOR: {@code yearlyCap}, {@code periodRates}, {@code periodLengthYears}, {@code maxFundedYears};</li>
 *   <li>CLUSTER_PREPARATION and TECHNOLOGY_GRAPE: {@code yearlyCap}, {@code rate}, {@code maxMonths};</li>
 *   <li>COMPETITIVENESS_POLE: {@code yearlyCap}.</li>
 * </ul>
 */
public record SchemeParametersInput(BigDecimal yearlyCap, List<BigDecimal> periodRates, Integer periodLengthYears,
        Integer maxFundedYears, BigDecimal rate, Integer maxMonths) {
}
