package be.wallonie.clusters.registry.domain.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The animateur post of a cluster — the heart of the Walloon support ("cofinancement d'un animateur"): who employs
 * the animateur (the beneficiary of the co-funding), the full-time equivalent, the start and the eligible yearly
 * cost, and the private contributions the members bring each year.
 */
public record AnimatorPost(UUID employerOrganisationId, BigDecimal fte, LocalDate startDate, BigDecimal yearlyCost,
        BigDecimal privateContributionsPerYear) {

    public AnimatorPost {
        Objects.requireNonNull(employerOrganisationId, "employer organisation");
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(startDate, "start date");
        Objects.requireNonNull(yearlyCost, "yearly cost");
        privateContributionsPerYear = privateContributionsPerYear == null ? BigDecimal.ZERO : privateContributionsPerYear;
        if (fte.signum() <= 0 || fte.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw new IllegalArgumentException("fte");
        }
        if (yearlyCost.signum() < 0 || yearlyCost.scale() > 2) {
            throw new IllegalArgumentException("yearlyCost");
        }
        if (privateContributionsPerYear.signum() < 0 || privateContributionsPerYear.scale() > 2) {
            throw new IllegalArgumentException("privateContributionsPerYear");
        }
    }
}
