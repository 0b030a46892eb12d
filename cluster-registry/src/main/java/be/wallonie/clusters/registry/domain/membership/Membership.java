package be.wallonie.clusters.registry.domain.membership;

import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One period of membership of an organisation, as the ledger says after corrections: from {@code joinedOn} (a member that
 * day) to {@code leftOn} (no longer a member that day), open when {@code leftOn} is null.
 */
public record Membership(UUID organisationId, MemberRole role, LocalDate joinedOn, LocalDate leftOn, boolean listed, UUID joinEntryId,
        UUID leaveEntryId) {

    /** Whether the organisation is a member on that day. */
    public boolean memberOn(LocalDate day) {
        return !day.isBefore(joinedOn) && (leftOn == null || day.isBefore(leftOn));
    }
}
