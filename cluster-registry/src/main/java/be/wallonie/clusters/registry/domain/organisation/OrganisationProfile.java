package be.wallonie.clusters.registry.domain.organisation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What an organisation declares about itself, checked as a whole: an enterprise has a size class
 * and others have none; a Belgian organisation (registered office in Belgium) has an enterprise
 * number, a foreign one may; there is at least one establishment and exactly one registered office;
 * employees are not negative. The region is derived: {@link Region#WALLONIA} as soon as one
 * establishment is in Wallonia, otherwise the region of the registered office.
 *
 * @param enterpriseNumber null for a foreign organisation without one
 * @param sizeClass        null unless the organisation is an enterprise
 * @param employees        null when unknown
 * @param corporateGroup   null when the organisation belongs to no group
 */
public record OrganisationProfile(
        String name,
        EnterpriseNumber enterpriseNumber,
        OrganisationKind kind,
        SizeClass sizeClass,
        Integer employees,
        List<NaceCode> naceCodes,
        List<Establishment> establishments,
        CorporateGroup corporateGroup) {

    public static final int MAX_NAME_LENGTH = 200;

    public OrganisationProfile {
        name = name == null ? null : name.strip().replaceAll("\\s+", " ");
        naceCodes = naceCodes == null ? List.of() : List.copyOf(new LinkedHashSet<>(naceCodes));
        establishments = establishments == null ? List.of() : List.copyOf(establishments);
        List<Violation> found = violations(name, enterpriseNumber, kind, sizeClass, employees, establishments);
        if (!found.isEmpty()) {
            throw new InvalidOrganisationException(found);
        }
    }

    public Establishment registeredOffice() {
        return establishments.stream().filter(Establishment::registeredOffice).findFirst().orElseThrow();
    }

    /** Whether the registered office is in Belgium. */
    public boolean isBelgian() {
        return registeredOffice().location().isBelgian();
    }

    /** WALLONIA if any establishment is Walloon, else the region of the registered office. */
    public Region region() {
        return establishments.stream().anyMatch(e -> e.region() == Region.WALLONIA) ? Region.WALLONIA
                : registeredOffice().region();
    }

    private static List<Violation> violations(String name, EnterpriseNumber enterpriseNumber, OrganisationKind kind,
            SizeClass sizeClass, Integer employees, List<Establishment> establishments) {
        List<Violation> found = new ArrayList<>();
        if (name == null || name.isEmpty()) {
            found.add(new Violation("name", Violation.Code.REQUIRED, name));
        } else if (name.length() > MAX_NAME_LENGTH) {
            found.add(new Violation("name", Violation.Code.TOO_LONG, name));
        }
        if (kind == null) {
            found.add(new Violation("kind", Violation.Code.REQUIRED, null));
        } else if (kind.isEnterprise() && sizeClass == null) {
            found.add(new Violation("sizeClass", Violation.Code.SIZE_CLASS_REQUIRED_FOR_ENTERPRISE, null));
        } else if (!kind.isEnterprise() && sizeClass != null) {
            found.add(new Violation("sizeClass", Violation.Code.SIZE_CLASS_ONLY_FOR_ENTERPRISE, sizeClass.name()));
        }
        if (employees != null && employees < 0) {
            found.add(new Violation("employees", Violation.Code.NEGATIVE_EMPLOYEES, employees.toString()));
        }
        long offices = establishments.stream().filter(Establishment::registeredOffice).count();
        if (establishments.isEmpty()) {
            found.add(new Violation("establishments", Violation.Code.AT_LEAST_ONE_ESTABLISHMENT, null));
        } else if (offices != 1) {
            found.add(new Violation("establishments", Violation.Code.EXACTLY_ONE_REGISTERED_OFFICE, Long.toString(offices)));
        } else if (enterpriseNumber == null
                && establishments.stream().filter(Establishment::registeredOffice).findFirst().orElseThrow().location().isBelgian()) {
            found.add(new Violation("enterpriseNumber", Violation.Code.ENTERPRISE_NUMBER_REQUIRED_FOR_BELGIAN_ORGANISATION, null));
        }
        return found;
    }
}
