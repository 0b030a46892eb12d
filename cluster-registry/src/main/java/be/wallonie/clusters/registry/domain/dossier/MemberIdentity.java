package be.wallonie.clusters.registry.domain.dossier;

import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationProfile;
import java.util.Objects;
import java.util.UUID;

/**
 * Who a member organisation is, and nothing more: what the registry tells the Comité of a draft's or a cluster's
 * members (no role, no relation, nothing else of the dossier).
 *
 * @param enterpriseNumber the Belgian enterprise number ({@code 0123.456.789}), null abroad
 * @param country          the registered office's country (ISO 3166-1 alpha-2)
 */
public record MemberIdentity(UUID organisationId, String enterpriseNumber, String name, String country) {

    public MemberIdentity {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
    }

    public static MemberIdentity of(Organisation o) {
        OrganisationProfile p = o.profile();
        return new MemberIdentity(o.id().value(), p.enterpriseNumber() == null ? null : p.enterpriseNumber().value(), p.name(),
                p.registeredOffice().location().country());
    }

    public static MemberIdentity of(MemberOrganisation m) {
        return new MemberIdentity(m.organisationId(), m.enterpriseNumber(), m.name(), m.country());
    }
}
