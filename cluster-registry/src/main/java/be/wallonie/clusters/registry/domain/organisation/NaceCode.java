package be.wallonie.clusters.registry.domain.organisation;

import java.util.regex.Pattern;

/**
 * A NACE-BEL 2008 activity code at group, class or subclass level: a two-digit division (01–99),
 * a dot, then one to three digits — {@code 62.0}, {@code 62.01}, {@code 62.010}.
 */
public record NaceCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("(0[1-9]|[1-9][0-9])\\.[0-9]{1,3}");

    public NaceCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidOrganisationException(new Violation("naceCode", Violation.Code.NACE_CODE_FORMAT, value));
        }
    }

    public static NaceCode of(String raw) {
        return new NaceCode(raw == null ? null : raw.strip());
    }

    /** The division (first two digits), e.g. {@code 62}. */
    public String division() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
