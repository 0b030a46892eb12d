package be.wallonie.clusters.evaluation.domain.expert;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The independence rule of the Comité (domain.md §4, seed III.2: « no member may be involved in, or have a
 * conflict of interest with, any existing or proposed cluster in the region »), enforced rather than displayed.
 * An expert is conflicted when
 * <ul>
 *   <li>employed by the Cellule Clusters or the Region; or</li>
 *   <li>a present affiliation, or a past one that ended less than {@code pastAffiliationCoolOff} ago, names an
 *       organisation that is a member of ANY cluster known to the Comité — the members of every case's snapshot, and
 *       the members the registry announced of every draft, submitted dossier and validated cluster (ClusterMembershipChanged),
 *       a cluster the registry announced ENDED counting no more; or</li>
 *   <li>a declared interest that still stands (declared, and not ended by the secretariat since) names such an
 *       organisation.</li>
 * </ul>
 *
 * @param pastAffiliationCoolOff how long a past affiliation still counts (default 3 years, configuration)
 */
public record ConflictOfInterestPolicy(Period pastAffiliationCoolOff) {

    public ConflictOfInterestPolicy {
        Objects.requireNonNull(pastAffiliationCoolOff, "pastAffiliationCoolOff");
        if (pastAffiliationCoolOff.isNegative()) {
            throw new IllegalArgumentException("the cool-off period cannot be negative");
        }
    }

    public static ConflictOfInterestPolicy defaults() {
        return new ConflictOfInterestPolicy(Period.ofYears(3));
    }

    /** Whether an affiliation still links the expert to its organisation on {@code day}. */
    public boolean counts(Affiliation a, LocalDate day) {
        return a.isPresentOn(day) || (a.to() != null && a.to().plus(pastAffiliationCoolOff).isAfter(day));
    }

    /** The enterprise numbers whose cluster memberships matter for this expert on {@code day}. */
    public Set<String> linkedEnterpriseNumbers(Expert expert, List<DeclaredInterest> standing, LocalDate day) {
        Set<String> numbers = new HashSet<>();
        expert.affiliations().stream().filter(a -> counts(a, day) && a.enterpriseNumber() != null)
                .forEach(a -> numbers.add(a.enterpriseNumber()));
        standing.stream().filter(i -> i.enterpriseNumber() != null).forEach(i -> numbers.add(i.enterpriseNumber()));
        return numbers;
    }

    /** The name-and-country keys (organisations named without a Belgian number) that matter for this expert on {@code day}. */
    public Set<String> linkedNameKeys(Expert expert, List<DeclaredInterest> standing, LocalDate day) {
        Set<String> keys = new HashSet<>();
        expert.affiliations().stream().filter(a -> counts(a, day) && a.nameKey() != null).forEach(a -> keys.add(a.nameKey()));
        standing.stream().filter(i -> i.nameKey() != null).forEach(i -> keys.add(i.nameKey()));
        return keys;
    }

    /**
     * Every conflict of the expert, staff first, then by organisation and case; empty when eligible. An organisation
     * named by its Belgian number matches the members with that number; one named by name and country (abroad) matches
     * the members with the same normalised name and country.
     *
     * @param standing     the interests the expert declared that still stand (see {@link DeclaredInterests})
     * @param knownMembers memberships of known clusters (at least those of the expert's linked organisations)
     */
    public List<Conflict> conflictsOf(Expert expert, List<DeclaredInterest> standing, Collection<ClusterMembership> knownMembers,
            LocalDate day) {
        List<Conflict> conflicts = new ArrayList<>();
        if (expert.publicAuthorityStaff()) {
            conflicts.add(new Conflict(Conflict.Kind.PUBLIC_AUTHORITY_STAFF, null, null, null, null, null));
        }
        Map<String, List<ClusterMembership>> byNumber = knownMembers.stream().filter(m -> m.enterpriseNumber() != null)
                .collect(Collectors.groupingBy(ClusterMembership::enterpriseNumber));
        Map<String, List<ClusterMembership>> byName = knownMembers.stream().filter(m -> m.nameKey() != null)
                .collect(Collectors.groupingBy(ClusterMembership::nameKey));
        List<Conflict> links = new ArrayList<>();
        for (Affiliation a : expert.affiliations()) {
            if (counts(a, day)) {
                links.addAll(matches(Conflict.Kind.AFFILIATION, a.enterpriseNumber(), a.nameKey(), a.organisationName(), a.country(),
                        byNumber, byName));
            }
        }
        for (DeclaredInterest i : standing == null ? List.<DeclaredInterest>of() : standing) {
            links.addAll(matches(Conflict.Kind.DECLARED_INTEREST, i.enterpriseNumber(), i.nameKey(), i.organisationName(), i.country(),
                    byNumber, byName));
        }
        // an announced membership of a dossier whose snapshot already names the same link says nothing more
        Set<String> fromSnapshots = links.stream().filter(c -> c.announcedStage() == null).map(ConflictOfInterestPolicy::linkKey)
                .collect(Collectors.toSet());
        links.removeIf(c -> c.announcedStage() != null && fromSnapshots.contains(linkKey(c)));
        links.sort(Comparator.comparing((Conflict c) -> c.enterpriseNumber() == null ? "~" + c.organisationName() : c.enterpriseNumber())
                .thenComparing(c -> c.caseId() == null ? "~" + c.dossierId() : c.caseId().toString()).thenComparing(Conflict::kind));
        conflicts.addAll(links.stream().distinct().toList());
        return List.copyOf(conflicts);
    }

    private static String linkKey(Conflict c) {
        return c.kind() + "|" + c.dossierId() + "|" + (c.enterpriseNumber() != null ? c.enterpriseNumber() : c.organisationName() + "|" + c.country());
    }

    private static List<Conflict> matches(Conflict.Kind kind, String number, String nameKey, String name, String country,
            Map<String, List<ClusterMembership>> byNumber, Map<String, List<ClusterMembership>> byName) {
        if (number != null) {
            return byNumber.getOrDefault(number, List.of()).stream()
                    .map(m -> new Conflict(kind, number, name, m.dossierId(), m.caseId(), m.clusterName(), null, m.announcedStage()))
                    .toList();
        }
        return byName.getOrDefault(nameKey, List.of()).stream()
                .map(m -> new Conflict(kind, null, name, m.dossierId(), m.caseId(), m.clusterName(), country, m.announcedStage()))
                .toList();
    }
}
