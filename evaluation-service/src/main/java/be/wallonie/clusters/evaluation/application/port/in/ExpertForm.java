package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.expert.Affiliation;
import be.wallonie.clusters.evaluation.domain.expert.EnterpriseNumber;
import be.wallonie.clusters.evaluation.domain.expert.OrganisationName;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the secretariat records about an expert, validated as a whole: every offending field is named.
 *
 * @param userId the token subject the expert signs in with (links an EXPERT user to this record)
 */
public record ExpertForm(String userId, String name, String country, List<String> domains, boolean regionalDevelopmentSpecialist,
        boolean publicAuthorityStaff, List<AffiliationForm> affiliations) {

    public record AffiliationForm(String enterpriseNumber, String organisationName, String role, LocalDate from, LocalDate to,
            String country) {
        public AffiliationForm(String enterpriseNumber, String organisationName, String role, LocalDate from, LocalDate to) {
            this(enterpriseNumber, organisationName, role, from, to, null);
        }
    }

    /**
     * How a form names an organisation: by its Belgian enterprise number, or (abroad) by name and a country other than BE.
     * Adds the violations under {@code at}; answers the normalised number, {@code null} when named by name and country.
     */
    public static String organisation(String enterpriseNumber, String organisationName, String country, String at,
            List<Refusal.Violation> v) {
        if (!blank(enterpriseNumber)) {
            var number = EnterpriseNumber.normalise(enterpriseNumber);
            if (number.isEmpty()) {
                v.add(new Refusal.Violation(at + "enterpriseNumber", new LocalizedText(
                        "numéro d'entreprise BCE invalide (10 chiffres, contrôle modulo 97)",
                        "invalid enterprise number (10 digits, modulo-97 check)")));
            }
            return number.orElse(null);
        }
        if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
            v.add(new Refusal.Violation(at + "country", new LocalizedText(
                    "sans numéro d'entreprise BCE, le pays de l'organisation est obligatoire (ISO 3166-1 alpha-2, ex. FR)",
                    "without a Belgian enterprise number, the organisation's country is required (ISO 3166-1 alpha-2, e.g. FR)")));
        } else if (country.strip().equalsIgnoreCase("BE")) {
            v.add(new Refusal.Violation(at + "enterpriseNumber", new LocalizedText(
                    "une organisation belge est désignée par son numéro d'entreprise BCE",
                    "a Belgian organisation is named by its enterprise number")));
        } else if (!blank(organisationName) && OrganisationName.normalise(organisationName).isEmpty()) {
            v.add(new Refusal.Violation(at + "organisationName", new LocalizedText("nom sans lettre ni chiffre",
                    "a name without letters or digits")));
        }
        return null;
    }

    /** The validated content; a {@link Refusal} of kind INVALID naming each bad field otherwise. */
    public Valid validate() {
        List<Refusal.Violation> v = new ArrayList<>();
        if (blank(userId)) {
            v.add(new Refusal.Violation("userId", new LocalizedText("obligatoire", "required")));
        }
        if (blank(name)) {
            v.add(new Refusal.Violation("name", new LocalizedText("obligatoire", "required")));
        }
        if (country == null || !country.strip().matches("[A-Za-z]{2}")) {
            v.add(new Refusal.Violation("country", new LocalizedText("code pays ISO 3166-1 alpha-2 attendu (ex. BE, FR)",
                    "ISO 3166-1 alpha-2 country code expected (e.g. BE, FR)")));
        }
        Set<String> cleanDomains = new TreeSet<>();
        List<String> ds = domains == null ? List.of() : domains;
        for (int i = 0; i < ds.size(); i++) {
            if (blank(ds.get(i))) {
                v.add(new Refusal.Violation("domains[" + i + "]", new LocalizedText("domaine vide", "blank domain")));
            } else {
                cleanDomains.add(ds.get(i).strip());
            }
        }
        List<Affiliation> clean = new ArrayList<>();
        List<AffiliationForm> as = affiliations == null ? List.of() : affiliations;
        for (int i = 0; i < as.size(); i++) {
            AffiliationForm a = as.get(i);
            String at = "affiliations[" + i + "].";
            String number = organisation(a == null ? null : a.enterpriseNumber(), a == null ? null : a.organisationName(),
                    a == null ? null : a.country(), at, v);
            if (a == null || blank(a.organisationName())) {
                v.add(new Refusal.Violation(at + "organisationName", new LocalizedText("obligatoire", "required")));
            }
            if (a != null && a.from() != null && a.to() != null && a.to().isBefore(a.from())) {
                v.add(new Refusal.Violation(at + "to", new LocalizedText("la fin précède le début", "ends before it starts")));
            }
            if (v.isEmpty()) {
                clean.add(new Affiliation(number, a.organisationName().strip(), blank(a.role()) ? null : a.role().strip(),
                        a.from(), a.to(), number == null ? a.country() : null));
            }
        }
        if (!v.isEmpty()) {
            throw Refusal.invalid(v);
        }
        return new Valid(userId.strip(), name.strip(), country.strip().toUpperCase(Locale.ROOT), Set.copyOf(cleanDomains),
                regionalDevelopmentSpecialist, publicAuthorityStaff, List.copyOf(clean));
    }

    public record Valid(String userId, String name, String country, Set<String> domains, boolean regionalDevelopmentSpecialist,
            boolean publicAuthorityStaff, List<Affiliation> affiliations) {
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
