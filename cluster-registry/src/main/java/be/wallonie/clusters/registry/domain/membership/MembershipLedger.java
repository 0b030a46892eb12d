package be.wallonie.clusters.registry.domain.membership;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.dossier.Member;
import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import be.wallonie.clusters.registry.domain.membership.MembershipEntry.Kind;
import be.wallonie.clusters.registry.domain.membership.MembershipRefusedException.Reason;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A validated cluster's membership over time (domain.md §3, 003 "La pérennité": entries and exits): an append-only list of
 * entries, from the members of the validated snapshot joined on the first agrément's first day (recorded by the system),
 * then the joins, leaves and corrections recorded by the Cellule or the cluster. It goes on across renewals (same dossier,
 * next period).
 *
 * <p>Rules, checked on every new entry against the whole ledger as corrected:
 * <ul>
 * <li>a day is neither before the first agrément's start, nor after the last agrément's end, nor after today (no
 * future-dated facts);</li>
 * <li>an organisation has no overlapping memberships (it may leave and join again later);</li>
 * <li>a leave follows its join by at least one day (the leave's day is the first day it is no longer a member);</li>
 * <li>the core group keeps at least one enterprise: an entry that leaves it without one on a day it had one is refused;</li>
 * <li>a wrong entry is corrected by a new entry (restating its day, role or consent, or voiding it), never edited.</li>
 * </ul>
 */
public final class MembershipLedger {

    private final UUID dossierId;
    private final List<MembershipEntry> entries;
    private final LocalDate firstDay;
    private final LocalDate lastDay;

    private MembershipLedger(UUID dossierId, List<MembershipEntry> entries, LocalDate firstDay, LocalDate lastDay) {
        this.dossierId = Objects.requireNonNull(dossierId, "dossierId");
        this.entries = entries.stream().sorted(Comparator.comparingInt(MembershipEntry::sequence)).toList();
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    /**
     * The ledger of a cluster with those agréments (any status; empty for a cluster never validated: nothing may be
     * recorded then).
     */
    public static MembershipLedger of(UUID dossierId, List<MembershipEntry> entries, List<Agrement> agrements) {
        LocalDate first = agrements.stream().map(Agrement::start).min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = agrements.stream().map(Agrement::end).max(Comparator.naturalOrder()).orElse(null);
        return new MembershipLedger(dossierId, entries, first, last);
    }

    /** The opening entries at the first agrément: each member of the validated snapshot, joined on its first day. */
    public static List<MembershipEntry> opening(UUID dossierId, List<Member> members, LocalDate agrementStart, Instant at) {
        List<MembershipEntry> opening = new ArrayList<>();
        for (Member m : members) {
            opening.add(new MembershipEntry(UUID.randomUUID(), dossierId, opening.size() + 1, Kind.JOIN, m.organisationId(), m.role(),
                    agrementStart, false, null, null, false, MembershipEntry.SYSTEM, at));
        }
        return opening;
    }

    public UUID dossierId() {
        return dossierId;
    }

    /** Every entry, in the order recorded. */
    public List<MembershipEntry> entries() {
        return entries;
    }

    /** The ledger's version: the number of entries (the last sequence). */
    public int version() {
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
    }

    /** The periods of membership as corrected, by organisation then by day. */
    public List<Membership> memberships() {
        return replay(entries);
    }

    /** The members on that day. */
    public List<Membership> membersOn(LocalDate day) {
        return memberships().stream().filter(m -> m.memberOn(day)).toList();
    }

    /** A join; returns the entry to append. */
    public MembershipEntry join(UUID organisationId, MemberRole role, LocalDate day, boolean listed, String note,
            Map<UUID, OrganisationKind> kinds, LocalDate today, String by, Instant at) {
        List<EntryViolation> invalid = new ArrayList<>();
        required(invalid, "organisationId", organisationId);
        required(invalid, "role", role);
        required(invalid, "day", day);
        tooLong(invalid, "note", note);
        throwIfAny(invalid);
        return append(new MembershipEntry(UUID.randomUUID(), dossierId, version() + 1, Kind.JOIN, organisationId, role, day, listed,
                note, null, false, by, at), day, kinds, today);
    }

    /** A leave; returns the entry to append. */
    public MembershipEntry leave(UUID organisationId, LocalDate day, String reason, Map<UUID, OrganisationKind> kinds, LocalDate today,
            String by, Instant at) {
        List<EntryViolation> invalid = new ArrayList<>();
        required(invalid, "organisationId", organisationId);
        required(invalid, "day", day);
        required(invalid, "reason", reason == null || reason.isBlank() ? null : reason);
        tooLong(invalid, "reason", reason);
        throwIfAny(invalid);
        return append(new MembershipEntry(UUID.randomUUID(), dossierId, version() + 1, Kind.LEAVE, organisationId, null, day, null,
                reason, null, false, by, at), day, kinds, today);
    }

    /**
     * A correction of a JOIN or LEAVE entry: restates its day, role (a join) or consent to be listed (a join), or voids it;
     * returns the entry to append.
     */
    public MembershipEntry correct(UUID entryId, LocalDate day, MemberRole role, Boolean listed, boolean voids, String reason,
            Map<UUID, OrganisationKind> kinds, LocalDate today, String by, Instant at) {
        List<EntryViolation> invalid = new ArrayList<>();
        required(invalid, "entryId", entryId);
        required(invalid, "reason", reason == null || reason.isBlank() ? null : reason);
        tooLong(invalid, "reason", reason);
        if (!voids && day == null && role == null && listed == null) {
            invalid.add(new EntryViolation("voids", EntryViolation.Code.NOTHING_TO_CORRECT));
        }
        throwIfAny(invalid);
        MembershipEntry target = entries.stream().filter(e -> e.id().equals(entryId) && e.kind() != Kind.CORRECTION).findFirst()
                .orElseThrow(() -> new MembershipRefusedException(Reason.ENTRY_NOT_CORRECTABLE, null, null));
        if (effective(entries).stream().noneMatch(e -> e.entryId().equals(entryId))) {
            throw new MembershipRefusedException(Reason.ENTRY_NOT_CORRECTABLE, target.organisationId(), null);
        }
        if (target.kind() == Kind.LEAVE && (role != null || listed != null)) {
            List<EntryViolation> notForLeave = new ArrayList<>();
            if (role != null) {
                notForLeave.add(new EntryViolation("role", EntryViolation.Code.NOT_FOR_A_LEAVE));
            }
            if (listed != null) {
                notForLeave.add(new EntryViolation("listed", EntryViolation.Code.NOT_FOR_A_LEAVE));
            }
            throw new InvalidMembershipEntryException(notForLeave);
        }
        return append(new MembershipEntry(UUID.randomUUID(), dossierId, version() + 1, Kind.CORRECTION, target.organisationId(),
                voids ? null : role, voids ? null : day, voids ? null : listed, reason, entryId, voids, by, at),
                voids ? null : day, kinds, today);
    }

    private MembershipEntry append(MembershipEntry entry, LocalDate day, Map<UUID, OrganisationKind> kinds, LocalDate today) {
        if (firstDay == null) {
            throw new MembershipRefusedException(Reason.NOT_A_RECOGNISED_CLUSTER, null, null);
        }
        if (day != null) {
            if (day.isBefore(firstDay)) {
                throw new MembershipRefusedException(Reason.BEFORE_AGREMENT, entry.organisationId(), day);
            }
            if (day.isAfter(today)) {
                throw new MembershipRefusedException(Reason.IN_THE_FUTURE, entry.organisationId(), day);
            }
            if (day.isAfter(lastDay)) {
                throw new MembershipRefusedException(Reason.AFTER_AGREMENT, entry.organisationId(), day);
            }
        }
        List<MembershipEntry> after = new ArrayList<>(entries);
        after.add(entry);
        List<Membership> before = memberships();
        List<Membership> then = replay(after);
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(firstDay);
        for (List<Membership> periods : List.of(before, then)) {
            for (Membership m : periods) {
                days.add(m.joinedOn());
                if (m.leftOn() != null) {
                    days.add(m.leftOn());
                }
            }
        }
        for (LocalDate d : days) {
            if (coreGroupHasEnterprise(before, d, kinds) && !coreGroupHasEnterprise(then, d, kinds)) {
                throw new MembershipRefusedException(Reason.CORE_GROUP_WITHOUT_ENTERPRISE, entry.organisationId(), d);
            }
        }
        return entry;
    }

    private static boolean coreGroupHasEnterprise(List<Membership> periods, LocalDate day, Map<UUID, OrganisationKind> kinds) {
        return periods.stream().anyMatch(m -> m.role() == MemberRole.CORE_GROUP && m.memberOn(day)
                && kinds.get(m.organisationId()) == OrganisationKind.ENTERPRISE);
    }

    /** A JOIN or LEAVE entry as last corrected. */
    private record Effective(UUID entryId, int sequence, Kind kind, UUID organisationId, MemberRole role, LocalDate day,
            boolean listed) {
    }

    private static List<Effective> effective(List<MembershipEntry> entries) {
        Map<UUID, Effective> found = new LinkedHashMap<>();
        for (MembershipEntry e : entries) {
            if (e.kind() != Kind.CORRECTION) {
                found.put(e.id(), new Effective(e.id(), e.sequence(), e.kind(), e.organisationId(), e.role(), e.day(),
                        Boolean.TRUE.equals(e.listed())));
            } else if (e.voids()) {
                found.remove(e.correctsEntryId());
            } else {
                found.computeIfPresent(e.correctsEntryId(), (id, t) -> new Effective(id, t.sequence(), t.kind(), t.organisationId(),
                        e.role() != null ? e.role() : t.role(), e.day() != null ? e.day() : t.day(),
                        e.listed() != null ? e.listed() : t.listed()));
            }
        }
        return List.copyOf(found.values());
    }

    /** The periods the entries make, or the rule the first inconsistent entry breaks. */
    private static List<Membership> replay(List<MembershipEntry> entries) {
        Map<UUID, List<Effective>> byOrganisation = new LinkedHashMap<>();
        for (Effective e : effective(entries)) {
            byOrganisation.computeIfAbsent(e.organisationId(), k -> new ArrayList<>()).add(e);
        }
        List<Membership> periods = new ArrayList<>();
        byOrganisation.forEach((organisation, facts) -> {
            // by day; on one day a leave (no longer a member that day) comes before a new join
            facts.sort(Comparator.comparing(Effective::day).thenComparing(e -> e.kind() == Kind.JOIN)
                    .thenComparingInt(Effective::sequence));
            Effective open = null;
            for (int i = 0; i < facts.size(); i++) {
                Effective f = facts.get(i);
                if (f.kind() == Kind.JOIN) {
                    if (open != null) {
                        throw new MembershipRefusedException(Reason.ALREADY_A_MEMBER, organisation, f.day());
                    }
                    open = f;
                } else if (open == null) {
                    boolean joinedThatDay = i + 1 < facts.size() && facts.get(i + 1).kind() == Kind.JOIN
                            && facts.get(i + 1).day().equals(f.day());
                    throw new MembershipRefusedException(joinedThatDay ? Reason.LEAVE_NOT_AFTER_JOIN : Reason.NOT_A_MEMBER, organisation,
                            f.day());
                } else {
                    periods.add(new Membership(organisation, open.role(), open.day(), f.day(), open.listed(), open.entryId(),
                            f.entryId()));
                    open = null;
                }
            }
            if (open != null) {
                periods.add(new Membership(organisation, open.role(), open.day(), null, open.listed(), open.entryId(), null));
            }
        });
        return periods;
    }

    private static void required(List<EntryViolation> found, String field, Object value) {
        if (value == null) {
            found.add(new EntryViolation(field, EntryViolation.Code.REQUIRED));
        }
    }

    private static void tooLong(List<EntryViolation> found, String field, String value) {
        if (value != null && value.strip().length() > MembershipEntry.MAX_NOTE) {
            found.add(new EntryViolation(field, EntryViolation.Code.TOO_LONG));
        }
    }

    private static void throwIfAny(List<EntryViolation> found) {
        if (!found.isEmpty()) {
            throw new InvalidMembershipEntryException(found);
        }
    }
}
