package be.wallonie.clusters.registry.domain.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A place where an organisation operates; exactly one of an organisation's establishments is its registered office. */
public record Establishment(String street, Location location, String city, boolean registeredOffice) {

    public static final int MAX_TEXT = 200;

    public Establishment {
        Objects.requireNonNull(location, "location");
        street = street == null ? null : street.strip();
        city = city == null ? null : city.strip();
        List<Violation> found = new ArrayList<>();
        requireText(found, "street", street);
        requireText(found, "city", city);
        if (!found.isEmpty()) {
            throw new InvalidOrganisationException(found);
        }
    }

    /** Reads an establishment as typed, reporting every broken rule at once. */
    public static Establishment of(String street, String postalCode, String city, String country, boolean registeredOffice) {
        List<Violation> found = new ArrayList<>();
        Location location = null;
        try {
            location = Location.of(postalCode, country);
        } catch (InvalidOrganisationException e) {
            found.addAll(e.violations());
        }
        String s = street == null ? null : street.strip();
        String c = city == null ? null : city.strip();
        requireText(found, "street", s);
        requireText(found, "city", c);
        if (!found.isEmpty()) {
            throw new InvalidOrganisationException(found);
        }
        return new Establishment(s, location, c, registeredOffice);
    }

    public Region region() {
        return location.region();
    }

    private static void requireText(List<Violation> found, String field, String value) {
        if (value == null || value.isEmpty()) {
            found.add(new Violation(field, Violation.Code.REQUIRED, value));
        } else if (value.length() > MAX_TEXT) {
            found.add(new Violation(field, Violation.Code.TOO_LONG, value));
        }
    }
}
