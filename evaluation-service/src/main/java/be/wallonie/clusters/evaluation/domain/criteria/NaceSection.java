package be.wallonie.clusters.evaluation.domain.criteria;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * NACE Rev.2 sections and the divisions (two-digit codes) they group. Sections measure how many
 * unrelated activities a dossier spans: a « macro-cluster » that « englobe des pans entiers d'une
 * économie » (I.1.2 §3) spans many sections. Divisions measure value-chain segments.
 */
public enum NaceSection {
    A(1, 3, "Agriculture, sylviculture et pêche"),
    B(5, 9, "Industries extractives"),
    C(10, 33, "Industrie manufacturière"),
    D(35, 35, "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné"),
    E(36, 39, "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution"),
    F(41, 43, "Construction"),
    G(45, 47, "Commerce ; réparation d'automobiles et de motocycles"),
    H(49, 53, "Transports et entreposage"),
    I(55, 56, "Hébergement et restauration"),
    J(58, 63, "Information et communication"),
    K(64, 66, "Activités financières et d'assurance"),
    L(68, 68, "Activités immobilières"),
    M(69, 75, "Activités spécialisées, scientifiques et techniques"),
    N(77, 82, "Activités de services administratifs et de soutien"),
    O(84, 84, "Administration publique"),
    P(85, 85, "Enseignement"),
    Q(86, 88, "Santé humaine et action sociale"),
    R(90, 93, "Arts, spectacles et activités récréatives"),
    S(94, 96, "Autres activités de services"),
    T(97, 98, "Activités des ménages en tant qu'employeurs"),
    U(99, 99, "Activités extra-territoriales");

    private static final NaceSection[] BY_DIVISION = new NaceSection[100];

    static {
        for (NaceSection section : values()) {
            for (int d = section.firstDivision; d <= section.lastDivision; d++) {
                BY_DIVISION[d] = section;
            }
        }
        // Rev.2 leaves gaps between sections (04, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89): not divisions.
        for (int gap : new int[] {4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89}) {
            BY_DIVISION[gap] = null;
        }
    }

    private final int firstDivision;
    private final int lastDivision;
    private final String titleFr;

    NaceSection(int firstDivision, int lastDivision, String titleFr) {
        this.firstDivision = firstDivision;
        this.lastDivision = lastDivision;
        this.titleFr = titleFr;
    }

    public String titleFr() {
        return titleFr;
    }

    /** The section of a division (1..99), if the division exists in NACE Rev.2. */
    public static Optional<NaceSection> ofDivision(int division) {
        return division < 0 || division > 99 ? Optional.empty() : Optional.ofNullable(BY_DIVISION[division]);
    }

    /**
     * The division of a NACE code written {@code 62.01}, {@code 6201}, {@code 62} or with its
     * section letter first ({@code C25.11}); empty when unreadable or not a Rev.2 division.
     */
    public static OptionalInt divisionOf(String naceCode) {
        if (naceCode == null) {
            return OptionalInt.empty();
        }
        String code = naceCode.strip();
        int i = 0;
        if (!code.isEmpty() && Character.isLetter(code.charAt(0))) {
            i = 1;
        }
        while (i < code.length() && code.charAt(i) == ' ') {
            i++;
        }
        if (code.length() < i + 2 || !isAsciiDigit(code.charAt(i)) || !isAsciiDigit(code.charAt(i + 1))) {
            return OptionalInt.empty();
        }
        int division = (code.charAt(i) - '0') * 10 + (code.charAt(i + 1) - '0');
        return BY_DIVISION[division] == null ? OptionalInt.empty() : OptionalInt.of(division);
    }

    /** The section of a NACE code, from its division or, for a bare section code such as {@code C}, its letter. */
    public static Optional<NaceSection> ofCode(String naceCode) {
        OptionalInt division = divisionOf(naceCode);
        if (division.isPresent()) {
            return ofDivision(division.getAsInt());
        }
        if (naceCode != null && naceCode.strip().length() == 1) {
            try {
                return Optional.of(valueOf(naceCode.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException notASection) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
