package be.wallonie.clusters.registry.domain.membership;

import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One fact of a validated cluster's membership ledger, never changed once written: an organisation joined (with its role
 * and whether it agreed to be listed in the public register), left, or an earlier entry was corrected. A correction
 * restates the fields it gives ({@code day}, {@code role}, {@code listed}) or voids the entry it corrects; what the ledger
 * says is the entries as last corrected ({@link MembershipLedger}).
 *
 * @param sequence        1, 2, 3… per dossier, in the order recorded
 * @param organisationId  the organisation (for a correction, that of the entry corrected)
 * @param role            JOIN: the member's role; CORRECTION: the restated role, or null (unchanged)
 * @param day             JOIN: the first day of membership; LEAVE: the first day it is no longer a member; CORRECTION: the
 *                        restated day, or null (unchanged)
 * @param listed          JOIN: agreed to be listed publicly (false by default, privacy by default); CORRECTION: the restated
 *                        consent, or null (unchanged)
 * @param note            JOIN: a note; LEAVE: the reason; CORRECTION: the reason (required)
 * @param correctsEntryId CORRECTION: the JOIN or LEAVE entry it corrects
 * @param voids           CORRECTION: the corrected entry is void (recorded by mistake)
 * @param recordedBy      who recorded it ({@link #SYSTEM} for the members of the validated snapshot at agrément)
 */
public record MembershipEntry(UUID id, UUID dossierId, int sequence, Kind kind, UUID organisationId, MemberRole role, LocalDate day,
        Boolean listed, String note, UUID correctsEntryId, boolean voids, String recordedBy, Instant recordedAt) {

    /** Who records the initial members, at the first agrément. */
    public static final String SYSTEM = "system";
    public static final int MAX_NOTE = 2000;

    public enum Kind {
        JOIN, LEAVE, CORRECTION
    }

    public MembershipEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        note = note == null || note.isBlank() ? null : note.strip();
        switch (kind) {
            case JOIN -> {
                Objects.requireNonNull(role, "a join has a role");
                Objects.requireNonNull(day, "a join has a day");
                listed = Boolean.TRUE.equals(listed);
            }
            case LEAVE -> Objects.requireNonNull(day, "a leave has a day");
            case CORRECTION -> Objects.requireNonNull(correctsEntryId, "a correction names the entry it corrects");
        }
    }

    /** Whether this entry was recorded by the system (the initial members at agrément). */
    public boolean bySystem() {
        return SYSTEM.equals(recordedBy);
    }
}
