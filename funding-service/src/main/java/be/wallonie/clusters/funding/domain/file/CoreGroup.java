package be.wallonie.clusters.funding.domain.file;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The core group (noyau dur) of a cluster as the registry's latest agrément or support named it: the organisations, by
 * the registry's id and by enterprise number (an applicant's token names its organisation by enterprise number). With
 * the beneficiary, they may read the cluster's funding file.
 *
 * @param organisationIds   the registry's organisation ids
 * @param enterpriseNumbers the ten digits of the enterprise numbers of the members that have one
 */
public record CoreGroup(Set<UUID> organisationIds, Set<String> enterpriseNumbers) {

    /** None known (events of older producers). */
    public static final CoreGroup NONE = new CoreGroup(Set.of(), Set.of());

    public CoreGroup {
        organisationIds = Set.copyOf(Objects.requireNonNullElse(organisationIds, Set.of()));
        enterpriseNumbers = Set.copyOf(Objects.requireNonNullElse(enterpriseNumbers, Set.<String>of()).stream()
                .map(CoreGroup::digits).toList());
    }

    /** The core group by ids and enterprise numbers as an event writes them ({@code 0403.170.701}), either possibly null. */
    public static CoreGroup of(java.util.Collection<UUID> ids, java.util.Collection<String> numbers) {
        return new CoreGroup(ids == null ? Set.of() : Set.copyOf(ids), numbers == null ? Set.of() : Set.copyOf(numbers));
    }

    public boolean isEmpty() {
        return organisationIds.isEmpty() && enterpriseNumbers.isEmpty();
    }

    public boolean hasOrganisation(UUID id) {
        return organisationIds.contains(id);
    }

    /** Whether an enterprise number (with or without its dots) is a member's. */
    public boolean hasEnterpriseNumber(String number) {
        return number != null && enterpriseNumbers.contains(digits(number));
    }

    static String digits(String number) {
        return number.replaceAll("[^0-9]", "");
    }
}
