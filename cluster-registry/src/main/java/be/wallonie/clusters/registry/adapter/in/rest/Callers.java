package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;

/** Who calls, from the token: the Cellule first (a user with both roles accompanies), then the Region, else an applicant. */
final class Callers {

    private Callers() {
    }

    static Caller of(CurrentUser user) {
        if (user.hasRole(Roles.CELLULE)) {
            return Caller.cellule(user.id());
        }
        if (user.hasRole(Roles.REGION)) {
            return Caller.region(user.id());
        }
        EnterpriseNumber own = user.organisation().filter(EnterpriseNumber::isValid).map(EnterpriseNumber::parse).orElse(null);
        return Caller.applicant(user.id(), own);
    }
}
