package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.Region;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;

/**
 * Which organisations to list, and which page. Every filter is optional (null: no filter).
 *
 * @param nameContains   part of the name, compared case-insensitively
 * @param corporateGroup the group's name or identifier, compared case-insensitively
 * @param page           0-based page number
 * @param size           items per page, 1 to {@link #MAX_SIZE}
 */
public record OrganisationSearchCriteria(
        String nameContains,
        EnterpriseNumber enterpriseNumber,
        OrganisationKind kind,
        Region region,
        SizeClass sizeClass,
        String corporateGroup,
        int page,
        int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public OrganisationSearchCriteria {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        nameContains = blankToNull(nameContains);
        corporateGroup = blankToNull(corporateGroup);
    }

    public long offset() {
        return (long) page * size;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
