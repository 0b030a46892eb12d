package be.wallonie.clusters.evaluation.domain.expert;

import java.util.Objects;

/**
 * A link the expert declares with an organisation (shares, family, consultancy, mandate…).
 *
 * @param enterpriseNumber the organisation's normalised BCE/KBO number (ten digits); {@code null} for an organisation
 *                         abroad, then named by {@code organisationName} and {@code country}
 * @param country          ISO 3166-1 alpha-2 country of an organisation named without a Belgian number ({@code null} otherwise)
 * @param nature           what the link is, in the expert's words
 */
public record DeclaredInterest(String enterpriseNumber, String organisationName, String nature, String country) {

    public DeclaredInterest(String enterpriseNumber, String organisationName, String nature) {
        this(enterpriseNumber, organisationName, nature, null);
    }

    public DeclaredInterest {
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(nature, "nature");
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (enterpriseNumber == null && OrganisationName.key(organisationName, country) == null) {
            throw new IllegalArgumentException("an organisation is named by its Belgian enterprise number or by its name and country");
        }
    }

    /** The name-and-country key, when named without a Belgian number. */
    public String nameKey() {
        return enterpriseNumber == null ? OrganisationName.key(organisationName, country) : null;
    }

    /** Which organisation: {@code BE:<number>} or the name-and-country key (an ending names an interest by it). */
    public String organisationKey() {
        return enterpriseNumber != null ? "BCE:" + enterpriseNumber : nameKey();
    }
}
