package be.wallonie.clusters.registry.application.port.out;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.membership.MemberFigures.MemberProfile;
import be.wallonie.clusters.registry.domain.membership.Membership;
import be.wallonie.clusters.registry.domain.membership.MembershipEntry;
import java.time.LocalDate;
import java.util.List;

/** A cluster's membership ledger: its entries (append-only) and the periods of membership they make. */
public interface MembershipLedgerPort {

    /** Serialises the changes of one cluster's ledger until the transaction ends. */
    void lockLedgerOf(DossierId dossier);

    /** Every entry, in the order recorded. */
    List<MembershipEntry> entriesOf(DossierId dossier);

    /** One page of the entries, in the order recorded, with the total and the ledger's version (its last sequence). */
    EntryPage history(DossierId dossier, int page, int size);

    /** Appends the entries and replaces the cluster's periods of membership by {@code periods} (what the ledger now says). */
    void append(DossierId dossier, List<MembershipEntry> entries, List<Membership> periods);

    /** The member organisations on that day, each with its kind and size class as registered now. */
    List<MemberProfile> memberProfilesOn(DossierId dossier, LocalDate day);

    record EntryPage(List<MembershipEntry> items, int page, int size, long total, int version) {
    }
}
