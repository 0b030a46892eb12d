package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.CorporateGroup;
import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import be.wallonie.clusters.registry.domain.organisation.Establishment;
import be.wallonie.clusters.registry.domain.organisation.InvalidOrganisationException;
import be.wallonie.clusters.registry.domain.organisation.NaceCode;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.OrganisationProfile;
import be.wallonie.clusters.registry.domain.organisation.Region;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import be.wallonie.clusters.registry.domain.organisation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * An organisation as a caller typed it: the raw values, read into an {@link OrganisationProfile} by
 * {@link #toProfile()}, which reports every broken rule at once with the path of its field.
 *
 * @param declaredRegion the region the caller claims, if any: the region is derived from the postal
 *                       codes, so a claim that contradicts them is refused
 */
public record OrganisationForm(
        String name,
        String enterpriseNumber,
        OrganisationKind kind,
        SizeClass sizeClass,
        Integer employees,
        List<String> naceCodes,
        List<EstablishmentForm> establishments,
        String corporateGroup,
        Region declaredRegion) {

    /** @param declaredRegion as for the organisation: checked against the postal code, never stored */
    public record EstablishmentForm(String street, String postalCode, String city, String country, boolean registeredOffice,
            Region declaredRegion) {
    }

    /**
     * @throws InvalidOrganisationException listing every broken rule
     */
    public OrganisationProfile toProfile() {
        List<Violation> found = new ArrayList<>();
        EnterpriseNumber number = null;
        if (enterpriseNumber != null && !enterpriseNumber.isBlank()) {
            try {
                number = EnterpriseNumber.parse(enterpriseNumber);
            } catch (InvalidOrganisationException e) {
                found.addAll(e.violations());
            }
        }
        List<NaceCode> codes = new ArrayList<>();
        List<String> rawCodes = naceCodes == null ? List.of() : naceCodes;
        for (int i = 0; i < rawCodes.size(); i++) {
            try {
                codes.add(NaceCode.of(rawCodes.get(i)));
            } catch (InvalidOrganisationException e) {
                found.add(new Violation("naceCodes[" + i + "]", Violation.Code.NACE_CODE_FORMAT, rawCodes.get(i)));
            }
        }
        List<Establishment> places = new ArrayList<>();
        List<EstablishmentForm> rawPlaces = establishments == null ? List.of() : establishments;
        for (int i = 0; i < rawPlaces.size(); i++) {
            EstablishmentForm f = rawPlaces.get(i);
            String path = "establishments[" + i + "]";
            if (f == null) {
                found.add(new Violation(path, Violation.Code.REQUIRED, null));
                continue;
            }
            try {
                Establishment e = Establishment.of(f.street(), f.postalCode(), f.city(), f.country(), f.registeredOffice());
                if (f.declaredRegion() != null && f.declaredRegion() != e.region()) {
                    found.add(new Violation(path + ".region", Violation.Code.REGION_IS_DERIVED, f.declaredRegion().name()));
                }
                places.add(e);
            } catch (InvalidOrganisationException e) {
                e.violations().forEach(v -> found.add(v.under(path)));
            }
        }
        CorporateGroup group = null;
        if (corporateGroup != null && !corporateGroup.isBlank()) {
            try {
                group = new CorporateGroup(corporateGroup);
            } catch (InvalidOrganisationException e) {
                found.addAll(e.violations());
            }
        }
        OrganisationProfile profile = null;
        try {
            profile = new OrganisationProfile(name, number, kind, sizeClass, employees, codes, places, group);
        } catch (InvalidOrganisationException e) {
            // a missing number is only worth reporting when the one given was not simply unreadable
            e.violations().stream()
                    .filter(v -> !(v.field().equals("enterpriseNumber") && found.stream().anyMatch(f -> f.field().equals("enterpriseNumber"))))
                    .filter(v -> !(v.field().equals("establishments") && rawPlaces.size() != places.size()))
                    .forEach(found::add);
        }
        if (profile != null && declaredRegion != null && declaredRegion != profile.region()) {
            found.add(new Violation("region", Violation.Code.REGION_IS_DERIVED, declaredRegion.name()));
        }
        if (!found.isEmpty()) {
            throw new InvalidOrganisationException(found);
        }
        return profile;
    }
}
