package be.wallonie.clusters.registry.domain.membership;

import java.time.LocalDate;
import java.util.UUID;

/** A membership entry the ledger's rules refuse; nothing is recorded. */
public class MembershipRefusedException extends RuntimeException {

    public enum Reason {
        /** Only a validated cluster (one that holds or held an agrément) keeps a membership ledger. */
        NOT_A_RECOGNISED_CLUSTER,
        /** The day is before the first agrément's start: the ledger begins there. */
        BEFORE_AGREMENT,
        /** The day is after the last agrément's end. */
        AFTER_AGREMENT,
        /** No future-dated facts: the day is after today. */
        IN_THE_FUTURE,
        /** The organisation is a member on that day, or would be twice at once (overlapping memberships). */
        ALREADY_A_MEMBER,
        /** A leave of an organisation that is not a member on that day. */
        NOT_A_MEMBER,
        /** A leave on or before its join: a membership lasts at least one day. */
        LEAVE_NOT_AFTER_JOIN,
        /** The core group would have no enterprise left on some day. */
        CORE_GROUP_WITHOUT_ENTERPRISE,
        /** A correction names no JOIN or LEAVE entry of this cluster, or one already voided. */
        ENTRY_NOT_CORRECTABLE
    }

    private final Reason reason;
    private final UUID organisationId;
    private final LocalDate day;

    public MembershipRefusedException(Reason reason, UUID organisationId, LocalDate day) {
        super(reason.name() + (organisationId == null ? "" : " " + organisationId) + (day == null ? "" : " on " + day));
        this.reason = reason;
        this.organisationId = organisationId;
        this.day = day;
    }

    public Reason reason() {
        return reason;
    }

    /** The organisation concerned, or null. */
    public UUID organisationId() {
        return organisationId;
    }

    /** The day concerned, or null. */
    public LocalDate day() {
        return day;
    }
}
