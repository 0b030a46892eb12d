package be.wallonie.clusters.evaluation.domain.expert;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An organisation the expert works or worked for (employer, board seat, consultancy…).
 *
 * @param enterpriseNumber the organisation's normalised BCE/KBO number (ten digits)
 * @param from             start, {@code null} when unknown
 * @param to               end, {@code null} while it lasts (a present affiliation)
 */
public record Affiliation(String enterpriseNumber, String organisationName, String role, LocalDate from, LocalDate to) {

    public Affiliation {
        Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
        Objects.requireNonNull(organisationName, "organisationName");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("an affiliation cannot end before it starts");
        }
    }

    /** Present on {@code day}: started (or start unknown) and not yet ended. */
    public boolean isPresentOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
