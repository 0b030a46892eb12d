package be.wallonie.clusters.registry.domain.organisation;

import java.util.Locale;

/**
 * The corporate group an organisation belongs to, by name or identifier. Members of one group are
 * not independent actors (domain.md §1): they count once for critical mass and their mutual ties
 * are not interrelations. Two groups are the same regardless of case and surrounding spaces.
 */
public record CorporateGroup(String name) {

    public static final int MAX_LENGTH = 200;

    public CorporateGroup {
        if (name == null || name.isBlank()) {
            throw new InvalidOrganisationException(new Violation("corporateGroup", Violation.Code.REQUIRED, name));
        }
        name = name.strip().replaceAll("\\s+", " ");
        if (name.length() > MAX_LENGTH) {
            throw new InvalidOrganisationException(new Violation("corporateGroup", Violation.Code.TOO_LONG, name));
        }
    }

    /** The key two names of the same group share. */
    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    public boolean sameAs(CorporateGroup other) {
        return other != null && other.key().equals(key());
    }

    @Override
    public String toString() {
        return name;
    }
}
