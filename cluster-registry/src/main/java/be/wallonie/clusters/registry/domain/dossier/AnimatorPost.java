package be.wallonie.clusters.registry.domain.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * The animateur post of a cluster — the heart of the Walloon support ("cofinancement d'un animateur"): who employs
 * the animateur (the beneficiary of the co-funding), the full-time equivalent, the start and the eligible yearly
 * cost, the private contributions the members bring each year, and the person who holds the post when known.
 */
public record AnimatorPost(UUID employerOrganisationId, BigDecimal fte, LocalDate startDate, BigDecimal yearlyCost,
        BigDecimal privateContributionsPerYear, String animatorName) {

    public AnimatorPost(UUID employerOrganisationId, BigDecimal fte, LocalDate startDate, BigDecimal yearlyCost,
            BigDecimal privateContributionsPerYear) {
        this(employerOrganisationId, fte, startDate, yearlyCost, privateContributionsPerYear, null);
    }

    public AnimatorPost {
        Objects.requireNonNull(employerOrganisationId, "employer organisation");
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(startDate, "start date");
        Objects.requireNonNull(yearlyCost, "yearly cost");
        animatorName = animatorName == null || animatorName.isBlank() ? null : animatorName.strip();
        if (animatorName != null && animatorName.length() > 200) {
            throw new IllegalArgumentException("animatorName");
        }
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
