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
 *       organisation that is a member of ANY cluster known to the Comité (the members of every case's snapshot);
 *       or</li>
 *   <li>the newest declaration of interests names such an organisation.</li>
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
    public Set<String> linkedEnterpriseNumbers(Expert expert, InterestDeclaration latest, LocalDate day) {
        Set<String> numbers = new HashSet<>();
        expert.affiliations().stream().filter(a -> counts(a, day)).forEach(a -> numbers.add(a.enterpriseNumber()));
        if (latest != null) {
            latest.interests().forEach(i -> numbers.add(i.enterpriseNumber()));
        }
        return numbers;
    }

    /**
     * Every conflict of the expert, staff first, then by organisation and case; empty when eligible.
     *
     * @param latest    the newest declaration of interests, {@code null} when none was signed
     * @param knownMembers memberships of known clusters (at least those of the expert's linked organisations)
     */
    public List<Conflict> conflictsOf(Expert expert, InterestDeclaration latest, Collection<ClusterMembership> knownMembers,
            LocalDate day) {
        List<Conflict> conflicts = new ArrayList<>();
        if (expert.publicAuthorityStaff()) {
            conflicts.add(new Conflict(Conflict.Kind.PUBLIC_AUTHORITY_STAFF, null, null, null, null, null));
        }
        Map<String, List<ClusterMembership>> byNumber = knownMembers.stream()
                .collect(Collectors.groupingBy(ClusterMembership::enterpriseNumber));
        List<Conflict> links = new ArrayList<>();
        for (Affiliation a : expert.affiliations()) {
            if (counts(a, day)) {
                for (ClusterMembership m : byNumber.getOrDefault(a.enterpriseNumber(), List.of())) {
                    links.add(new Conflict(Conflict.Kind.AFFILIATION, a.enterpriseNumber(), a.organisationName(),
                            m.dossierId(), m.caseId(), m.clusterName()));
                }
            }
        }
        if (latest != null) {
            for (DeclaredInterest i : latest.interests()) {
                for (ClusterMembership m : byNumber.getOrDefault(i.enterpriseNumber(), List.of())) {
                    links.add(new Conflict(Conflict.Kind.DECLARED_INTEREST, i.enterpriseNumber(), i.organisationName(),
                            m.dossierId(), m.caseId(), m.clusterName()));
                }
            }
        }
        links.sort(Comparator.comparing(Conflict::enterpriseNumber).thenComparing(c -> c.caseId().toString())
                .thenComparing(Conflict::kind));
        conflicts.addAll(links.stream().distinct().toList());
        return List.copyOf(conflicts);
    }
}
