package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.expert.Affiliation;
import be.wallonie.clusters.evaluation.domain.expert.EnterpriseNumber;
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

    public record AffiliationForm(String enterpriseNumber, String organisationName, String role, LocalDate from, LocalDate to) {
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
            var number = EnterpriseNumber.normalise(a == null ? null : a.enterpriseNumber());
            if (number.isEmpty()) {
                v.add(new Refusal.Violation(at + "enterpriseNumber", new LocalizedText(
                        "numéro d'entreprise BCE invalide (10 chiffres, contrôle modulo 97)",
                        "invalid enterprise number (10 digits, modulo-97 check)")));
            }
            if (a == null || blank(a.organisationName())) {
                v.add(new Refusal.Violation(at + "organisationName", new LocalizedText("obligatoire", "required")));
            }
            if (a != null && a.from() != null && a.to() != null && a.to().isBefore(a.from())) {
                v.add(new Refusal.Violation(at + "to", new LocalizedText("la fin précède le début", "ends before it starts")));
            }
            if (v.isEmpty()) {
                clean.add(new Affiliation(number.get(), a.organisationName().strip(), blank(a.role()) ? null : a.role().strip(),
                        a.from(), a.to()));
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
