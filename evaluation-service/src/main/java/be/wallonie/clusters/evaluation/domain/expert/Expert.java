package be.wallonie.clusters.evaluation.domain.expert;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * An expert of the Comité (domain.md §1): Walloon or foreign, domain specialist or specialist of regional
 * development.
 *
 * @param userId                        the token subject the expert signs in with: an EXPERT user is this expert
 * @param country                       ISO 3166-1 alpha-2, upper-case
 * @param domains                       domains of competence, compared case-insensitively with a dossier's focus domain
 * @param regionalDevelopmentSpecialist a specialist of regional development (§4: one per panel)
 * @param publicAuthorityStaff          employed by the Cellule Clusters or the Region: never on a panel (§4)
 * @param version                       optimistic-locking version (the ETag)
 */
public record Expert(UUID id, String userId, String name, String country, Set<String> domains,
        boolean regionalDevelopmentSpecialist, boolean publicAuthorityStaff, List<Affiliation> affiliations,
        Instant registeredAt, long version) {

    public Expert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(registeredAt, "registeredAt");
        country = country.strip().toUpperCase(Locale.ROOT);
        if (!country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code: " + country);
        }
        domains = domains == null ? Set.of() : Set.copyOf(new TreeSet<>(domains));
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }

    /** Competent in a dossier's focus domain (case and surrounding blanks ignored). */
    public boolean competentIn(String domain) {
        if (domain == null || domain.isBlank()) {
            return false;
        }
        String wanted = domain.strip().toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(d -> d.strip().toLowerCase(Locale.ROOT).equals(wanted));
    }

    /** Foreign: from another country than the Region's ({@code BE} by default, domain.md §4). */
    public boolean isForeign(String homeCountry) {
        return !country.equalsIgnoreCase(homeCountry);
    }

    /** Based in the Region's country: the « wallons » of « experts wallons et étrangers » (000_… III.2). */
    public boolean isHome(String homeCountry) {
        return country.equalsIgnoreCase(homeCountry);
    }
}
