package be.wallonie.clusters.evaluation.domain.expert;

import java.util.Objects;

/**
 * A link the expert declares with an organisation (shares, family, consultancy, mandate…).
 *
 * @param enterpriseNumber the organisation's normalised BCE/KBO number (ten digits)
 * @param nature           what the link is, in the expert's words
 */
public record DeclaredInterest(String enterpriseNumber, String organisationName, String nature) {

    public DeclaredInterest {
        Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(nature, "nature");
    }
}
