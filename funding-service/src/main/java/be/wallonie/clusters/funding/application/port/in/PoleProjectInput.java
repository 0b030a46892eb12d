package be.wallonie.clusters.funding.application.port.in;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A pole project as a simulation states it: kind ({@code R_AND_D}, {@code TRAINING}, {@code INVESTMENT}), title,
 * dates, budget and private contributions. Checked by {@link SimulateScheduleCommand}.
 */
public record PoleProjectInput(String kind, String title, LocalDate startDate, LocalDate endDate, BigDecimal budget,
        BigDecimal privateContributions) {
}
