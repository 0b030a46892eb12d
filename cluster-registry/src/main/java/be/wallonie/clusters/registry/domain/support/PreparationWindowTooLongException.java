package be.wallonie.clusters.registry.domain.support;

import java.time.LocalDate;

/** A preparation support window longer than the policy allows. */
public class PreparationWindowTooLongException extends RuntimeException {

    private final int maxMonths;
    private final LocalDate lastAllowedDay;

    public PreparationWindowTooLongException(int maxMonths, LocalDate lastAllowedDay) {
        super("at most " + maxMonths + " months, last day " + lastAllowedDay);
        this.maxMonths = maxMonths;
        this.lastAllowedDay = lastAllowedDay;
    }

    public int maxMonths() {
        return maxMonths;
    }

    public LocalDate lastAllowedDay() {
        return lastAllowedDay;
    }
}
