package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import be.wallonie.clusters.registry.domain.membership.MembershipEntry;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The Cellule, or the cluster itself (as for its follow-up reports), records that an organisation joined or left a
 * validated cluster, or corrects a wrong entry by a new one. Each returns the entry appended and the ledger's new version.
 *
 * @see be.wallonie.clusters.registry.domain.membership.MembershipLedger for the rules
 */
public interface RecordMembershipChangeUseCase {

    /** @param expectedVersion the ledger version read (If-Match), or null not to check */
    record JoinCommand(DossierId dossier, Long expectedVersion, UUID organisationId, MemberRole role, LocalDate day, boolean listed,
            String note, Caller caller) {
    }

    record LeaveCommand(DossierId dossier, Long expectedVersion, UUID organisationId, LocalDate day, String reason, Caller caller) {
    }

    /** A correction restates the day, the role or the consent to be listed of an entry (null: unchanged), or voids it. */
    record CorrectCommand(DossierId dossier, Long expectedVersion, UUID entryId, LocalDate day, MemberRole role, Boolean listed,
            boolean voids, String reason, Caller caller) {
    }

    record Recorded(MembershipEntry entry, int ledgerVersion) {
    }

    Recorded join(JoinCommand command);

    Recorded leave(LeaveCommand command);

    Recorded correct(CorrectCommand command);
}
