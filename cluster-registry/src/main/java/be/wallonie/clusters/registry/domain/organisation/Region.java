package be.wallonie.clusters.registry.domain.organisation;

/**
 * Where an organisation or an establishment is, derived from its postal code and country, never
 * typed in (domain.md §1): Walloon postal codes are 1300–1499 and 4000–7999, Brussels 1000–1299,
 * Flanders the other Belgian codes; any other country is abroad.
 */
public enum Region {
    WALLONIA,
    BRUSSELS,
    FLANDERS,
    ABROAD;

    /** The region of a Belgian postal code (1000–9999). */
    public static Region ofBelgianPostalCode(int code) {
        if (code < Location.FIRST_BELGIAN_POSTAL_CODE || code > Location.LAST_BELGIAN_POSTAL_CODE) {
            throw new IllegalArgumentException("not a Belgian postal code: " + code);
        }
        if (code <= 1299) {
            return BRUSSELS;
        }
        if (code <= 1499 || (code >= 4000 && code <= 7999)) {
            return WALLONIA;
        }
        return FLANDERS;
    }
}
