package be.wallonie.clusters.funding.domain.file;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisation that employs the animateur and receives the Region's co-funding.
 *
 * @param organisationId   the registry's organisation
 * @param enterpriseNumber Belgian enterprise number (BCE/KBO) as {@code 0123.456.789}, or null
 * @param name             legal name
 */
public record Beneficiary(UUID organisationId, String enterpriseNumber, String name) {

    public Beneficiary {
        Objects.requireNonNull(organisationId, "organisation id");
        Objects.requireNonNull(name, "name");
    }

    /** The ten digits of the enterprise number, without dots, as registers print them. */
    public Optional<String> enterpriseDigits() {
        return Optional.ofNullable(enterpriseNumber).map(n -> n.replaceAll("[^0-9]", "")).filter(d -> d.length() == 10);
    }
}
