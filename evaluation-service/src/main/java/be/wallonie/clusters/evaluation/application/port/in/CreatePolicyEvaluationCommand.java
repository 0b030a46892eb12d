package be.wallonie.clusters.evaluation.application.port.in;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Compute and store the policy evaluation report of a period {@code [from, to)}; a missing bound takes the
 * configured length (24 months by default), both missing end the period with today.
 */
public record CreatePolicyEvaluationCommand(LocalDate from, LocalDate to, String requestedBy) {

    public CreatePolicyEvaluationCommand {
        Objects.requireNonNull(requestedBy, "requestedBy");
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidPolicyPeriodException(from, to);
        }
    }

    /** The period's end is not after its start. */
    public static class InvalidPolicyPeriodException extends RuntimeException {
        public InvalidPolicyPeriodException(LocalDate from, LocalDate to) {
            super("period [" + from + ", " + to + ") is empty");
        }
    }
}
