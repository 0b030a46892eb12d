package be.wallonie.clusters.registry.domain.organisation;

/**
 * A Belgian enterprise number (numéro d'entreprise BCE / ondernemingsnummer KBO): ten digits, the
 * first 0 or 1, the last two equal to 97 − (the first eight modulo 97). Accepted as
 * {@code 0403170701}, {@code 0403.170.701}, {@code BE0403170701} or {@code BE 0403.170.701};
 * always kept in the normalised form {@code 0403.170.701}.
 */
public final class EnterpriseNumber {

    private final String value;

    private EnterpriseNumber(String normalised) {
        this.value = normalised;
    }

    /**
     * Reads an enterprise number in any accepted format.
     *
     * @throws InvalidOrganisationException with one violation on field {@code enterpriseNumber}
     *         saying why the number is refused
     */
    public static EnterpriseNumber parse(String raw) {
        return new EnterpriseNumber(check(raw));
    }

    /** Whether {@code raw} is an acceptable enterprise number. */
    public static boolean isValid(String raw) {
        try {
            check(raw);
            return true;
        } catch (InvalidOrganisationException e) {
            return false;
        }
    }

    /** The ten digits without separators: {@code 0403170701}. */
    public String digits() {
        return value.replace(".", "");
    }

    /** The two check digits that the first eight digits call for (01 to 97). */
    public static int checkDigits(long firstEight) {
        return (int) (97 - firstEight % 97);
    }

    private static String check(String raw) {
        if (raw == null || raw.isBlank()) {
            throw violation(Violation.Code.REQUIRED, raw);
        }
        String s = raw.strip();
        if (s.length() >= 2 && s.substring(0, 2).equalsIgnoreCase("BE")) {
            s = s.substring(2);
        }
        StringBuilder digits = new StringBuilder(10);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c != '.' && c != ' ') {
                throw violation(Violation.Code.ENTERPRISE_NUMBER_FORMAT, raw);
            }
        }
        if (digits.length() != 10) {
            throw violation(Violation.Code.ENTERPRISE_NUMBER_FORMAT, raw);
        }
        if (digits.charAt(0) != '0' && digits.charAt(0) != '1') {
            throw violation(Violation.Code.ENTERPRISE_NUMBER_FIRST_DIGIT, raw);
        }
        long firstEight = Long.parseLong(digits.substring(0, 8));
        int check = Integer.parseInt(digits.substring(8));
        if (check != checkDigits(firstEight)) {
            throw violation(Violation.Code.ENTERPRISE_NUMBER_CHECKSUM, raw);
        }
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    private static InvalidOrganisationException violation(Violation.Code code, String raw) {
        return new InvalidOrganisationException(new Violation("enterpriseNumber", code, raw));
    }

    /** The normalised form, {@code 0403.170.701}. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnterpriseNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
