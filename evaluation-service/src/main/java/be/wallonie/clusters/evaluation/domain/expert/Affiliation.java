package be.wallonie.clusters.evaluation.domain.expert;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An organisation the expert works or worked for (employer, board seat, consultancy…).
 *
 * @param enterpriseNumber the organisation's normalised BCE/KBO number (ten digits); {@code null} for an organisation
 *                         abroad, then named by {@code organisationName} and {@code country}
 * @param country          ISO 3166-1 alpha-2 country of an organisation named without a Belgian number ({@code null} otherwise)
 * @param from             start, {@code null} when unknown
 * @param to               end, {@code null} while it lasts (a present affiliation)
 */
public record Affiliation(String enterpriseNumber, String organisationName, String role, LocalDate from, LocalDate to,
        String country) {

    public Affiliation(String enterpriseNumber, String organisationName, String role, LocalDate from, LocalDate to) {
        this(enterpriseNumber, organisationName, role, from, to, null);
    }

    public Affiliation {
        Objects.requireNonNull(organisationName, "organisationName");
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (enterpriseNumber == null && OrganisationName.key(organisationName, country) == null) {
            throw new IllegalArgumentException("an organisation is named by its Belgian enterprise number or by its name and country");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("an affiliation cannot end before it starts");
        }
    }

    /** The name-and-country key, when named without a Belgian number. */
    public String nameKey() {
        return enterpriseNumber == null ? OrganisationName.key(organisationName, country) : null;
    }

    /** Present on {@code day}: started (or start unknown) and not yet ended. */
    public boolean isPresentOn(LocalDate day) {
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }
}
