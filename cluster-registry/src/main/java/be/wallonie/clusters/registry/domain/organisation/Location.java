package be.wallonie.clusters.registry.domain.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A postal code in a country (ISO 3166-1 alpha-2), and the {@link Region} they imply. A Belgian
 * postal code has four digits, 1000 to 9999; a foreign one is kept as given (letters, digits,
 * spaces and hyphens, at most 10 characters).
 */
public record Location(String postalCode, String country) {

    public static final String BELGIUM = "BE";
    static final int FIRST_BELGIAN_POSTAL_CODE = 1000;
    static final int LAST_BELGIAN_POSTAL_CODE = 9999;

    /** Validates the normalised form; use {@link #of} to read user input. */
    public Location {
        List<Violation> violations = violations(postalCode, country);
        if (!violations.isEmpty()) {
            throw new InvalidOrganisationException(violations);
        }
    }

    /** Reads a postal code and a country as typed (spaces trimmed, country in any case). */
    public static Location of(String postalCode, String country) {
        String c = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
        String p = postalCode == null ? null : postalCode.strip().toUpperCase(Locale.ROOT);
        return new Location(p, c);
    }

    public boolean isBelgian() {
        return BELGIUM.equals(country);
    }

    public Region region() {
        return isBelgian() ? Region.ofBelgianPostalCode(Integer.parseInt(postalCode)) : Region.ABROAD;
    }

    private static List<Violation> violations(String postalCode, String country) {
        List<Violation> found = new ArrayList<>();
        if (country == null || country.isEmpty()) {
            found.add(new Violation("country", Violation.Code.REQUIRED, country));
        } else if (!country.matches("[A-Z]{2}")) {
            found.add(new Violation("country", Violation.Code.COUNTRY_FORMAT, country));
        }
        if (postalCode == null || postalCode.isEmpty()) {
            found.add(new Violation("postalCode", Violation.Code.REQUIRED, postalCode));
        } else if (BELGIUM.equals(country)) {
            if (!postalCode.matches("[0-9]{4}") || Integer.parseInt(postalCode) < FIRST_BELGIAN_POSTAL_CODE) {
                found.add(new Violation("postalCode", Violation.Code.BELGIAN_POSTAL_CODE_FORMAT, postalCode));
            }
        } else if (!postalCode.matches("[A-Z0-9][A-Z0-9 -]{0,9}")) {
            found.add(new Violation("postalCode", Violation.Code.FOREIGN_POSTAL_CODE_FORMAT, postalCode));
        }
        return found;
    }
}
