package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import java.util.Objects;

/**
 * Who calls a dossier use case: the Cellule (accompanies every dossier), the Region (reads and decides) or an
 * applicant acting for the organisation whose enterprise number their token carries.
 *
 * @param organisation the applicant's organisation; null for the Cellule and the Region, or when the token names none
 */
public record Caller(String userId, Role role, EnterpriseNumber organisation) {

    public enum Role {
        CELLULE,
        REGION,
        APPLICANT
    }

    public Caller {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
    }

    public static Caller cellule(String userId) {
        return new Caller(userId, Role.CELLULE, null);
    }

    public static Caller region(String userId) {
        return new Caller(userId, Role.REGION, null);
    }

    public static Caller applicant(String userId, EnterpriseNumber organisation) {
        return new Caller(userId, Role.APPLICANT, organisation);
    }
}
