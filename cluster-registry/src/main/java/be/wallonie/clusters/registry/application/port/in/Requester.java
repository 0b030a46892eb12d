package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import java.util.Objects;

/**
 * Who asks for a change, and what they may change: the Cellule may change any organisation; an
 * applicant only their own, the one whose enterprise number their token names.
 *
 * @param ownOrganisation the enterprise number of the applicant's organisation; null when unknown
 */
public record Requester(String userId, boolean mayChangeAnyOrganisation, EnterpriseNumber ownOrganisation) {

    public Requester {
        Objects.requireNonNull(userId, "userId");
    }

    public static Requester cellule(String userId) {
        return new Requester(userId, true, null);
    }

    public static Requester applicant(String userId, EnterpriseNumber ownOrganisation) {
        return new Requester(userId, false, ownOrganisation);
    }

    /** Whether this requester may change an organisation with that enterprise number. */
    public boolean mayChange(EnterpriseNumber organisation) {
        return mayChangeAnyOrganisation || (ownOrganisation != null && ownOrganisation.equals(organisation));
    }
}
