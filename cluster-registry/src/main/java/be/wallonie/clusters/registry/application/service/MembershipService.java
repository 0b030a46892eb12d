package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.GetMembershipQuery;
import be.wallonie.clusters.registry.application.port.in.RecordMembershipChangeUseCase;
import be.wallonie.clusters.registry.application.port.in.StaleMembershipException;
import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.MembershipLedgerPort;
import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.Member;
import be.wallonie.clusters.registry.domain.dossier.MemberIdentity;
import be.wallonie.clusters.registry.domain.dossier.MembershipStage;
import be.wallonie.clusters.registry.domain.membership.EntryViolation;
import be.wallonie.clusters.registry.domain.membership.InvalidMembershipEntryException;
import be.wallonie.clusters.registry.domain.membership.MemberFigures;
import be.wallonie.clusters.registry.domain.membership.Membership;
import be.wallonie.clusters.registry.domain.membership.MembershipEntry;
import be.wallonie.clusters.registry.domain.membership.MembershipLedger;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Membership over time, in one place: the ledger opened at the first agrément, the joins, leaves and corrections the
 * Cellule or the cluster records, the members on a day, the history, and the follow-up's figures derived from it.
 * Every change of a validated cluster's members goes through {@link #record} (the place to announce it by event).
 */
@ApplicationScoped
public class MembershipService implements RecordMembershipChangeUseCase, GetMembershipQuery {

    private final LoadDossierPort load;
    private final DecisionRecordsPort decisions;
    private final MembershipLedgerPort ledgers;
    private final LoadOrganisationPort organisations;
    private final DossierAccess access;
    private final Clock clock;
    private final MembershipAnnouncements announcements;

    public MembershipService(LoadDossierPort load, DecisionRecordsPort decisions, MembershipLedgerPort ledgers,
            LoadOrganisationPort organisations, DossierAccess access, Clock clock, MembershipAnnouncements announcements) {
        this.announcements = announcements;
        this.load = load;
        this.decisions = decisions;
        this.ledgers = ledgers;
        this.organisations = organisations;
        this.access = access;
        this.clock = clock;
    }

    /**
     * At the first agrément: the members of the validated snapshot join on its first day, recorded by the system. Called in
     * the decision's transaction; a ledger already opened (a renewal) is left as it is — it goes on across periods.
     */
    public void openLedger(DossierId dossier, List<Member> validatedMembers, LocalDate agrementStart, Instant at) {
        ledgers.lockLedgerOf(dossier);
        if (!ledgers.entriesOf(dossier).isEmpty()) {
            return;
        }
        List<MembershipEntry> opening = MembershipLedger.opening(dossier.value(), validatedMembers, agrementStart, at);
        ledgers.append(dossier, opening, MembershipLedger.of(dossier.value(), opening, List.of()).memberships());
    }

    /** The follow-up's "members by kind" and "enterprises by size" on that day, from the ledger. */
    public MemberFigures figuresOn(DossierId dossier, LocalDate day) {
        return MemberFigures.of(ledgers.memberProfilesOn(dossier, day));
    }

    @Override
    @Transactional
    public Recorded join(JoinCommand c) {
        return record(c.dossier(), c.expectedVersion(), c.caller(), c.organisationId(), (ledger, kinds) -> ledger.join(c.organisationId(),
                c.role(), c.day(), c.listed(), c.note(), kinds, today(), c.caller().userId(), clock.instant()));
    }

    @Override
    @Transactional
    public Recorded leave(LeaveCommand c) {
        return record(c.dossier(), c.expectedVersion(), c.caller(), c.organisationId(), (ledger, kinds) -> ledger.leave(c.organisationId(),
                c.day(), c.reason(), kinds, today(), c.caller().userId(), clock.instant()));
    }

    @Override
    @Transactional
    public Recorded correct(CorrectCommand c) {
        return record(c.dossier(), c.expectedVersion(), c.caller(), null, (ledger, kinds) -> ledger.correct(c.entryId(), c.day(),
                c.role(), c.listed(), c.voids(), c.reason(), kinds, today(), c.caller().userId(), clock.instant()));
    }

    private interface Change {
        MembershipEntry apply(MembershipLedger ledger, Map<UUID, OrganisationKind> kinds);
    }

    /** Checks access and the version, applies the ledger's rules, appends the entry; a refusal changes nothing. */
    private Recorded record(DossierId id, Long expectedVersion, Caller caller, UUID organisation, Change change) {
        Dossier dossier = load.existingDossier(id);
        access.requireMayChange(dossier, caller);
        ledgers.lockLedgerOf(id);
        List<MembershipEntry> entries = ledgers.entriesOf(id);
        List<Agrement> agrements = decisions.agrementsOf(id);
        MembershipLedger ledger = MembershipLedger.of(id.value(), entries, agrements);
        if (expectedVersion != null && expectedVersion != ledger.version()) {
            throw new StaleMembershipException(expectedVersion, ledger.version());
        }
        Set<UUID> ids = new LinkedHashSet<>();
        entries.forEach(e -> ids.add(e.organisationId()));
        if (organisation != null) {
            ids.add(organisation);
        }
        Map<UUID, OrganisationKind> kinds = kinds(ids);
        if (organisation != null && !kinds.containsKey(organisation)) {
            throw new InvalidMembershipEntryException(List.of(new EntryViolation("organisationId",
                    EntryViolation.Code.UNKNOWN_ORGANISATION)));
        }
        MembershipEntry entry = change.apply(ledger, kinds);
        List<MembershipEntry> after = new ArrayList<>(entries);
        after.add(entry);
        MembershipLedger next = MembershipLedger.of(id.value(), after, List.of());
        ledgers.append(id, List.of(entry), next.memberships());
        announceMembersOfToday(dossier, next, agrements);
        return new Recorded(entry, next.version());
    }

    /**
     * ClusterMembershipChanged (stage VALIDATED) with the ledger's members of today, in the same transaction, while an
     * agrément is in force: the Comité re-checks its seated experts against a cluster "existant" (000 III.2). A correction
     * recorded after the last agrément ended announces nothing: the cluster was announced ENDED.
     */
    private void announceMembersOfToday(Dossier dossier, MembershipLedger ledger, List<Agrement> agrements) {
        LocalDate today = today();
        if (agrements.stream().noneMatch(a -> a.inForceOn(today))) {
            return;
        }
        List<OrganisationId> ids = ledger.membersOn(today).stream().map(m -> new OrganisationId(m.organisationId())).toList();
        announcements.announce(dossier, MembershipStage.VALIDATED,
                organisations.loadOrganisations(ids).stream().map(MemberIdentity::of).toList(), clock.instant());
    }

    private Map<UUID, OrganisationKind> kinds(Set<UUID> ids) {
        Map<UUID, OrganisationKind> kinds = new HashMap<>();
        organisations.loadOrganisations(ids.stream().map(OrganisationId::new).toList())
                .forEach(o -> kinds.put(o.id().value(), o.profile().kind()));
        return kinds;
    }

    @Override
    public MembersOnDay membersOn(DossierId id, LocalDate day, Caller caller) {
        access.requireMaySee(load.existingDossier(id), caller);
        LocalDate on = day == null ? today() : day;
        MembershipLedger ledger = MembershipLedger.of(id.value(), ledgers.entriesOf(id), List.of());
        List<Membership> members = ledger.membersOn(on);
        Map<UUID, Organisation> byId = new HashMap<>();
        organisations.loadOrganisations(members.stream().map(m -> new OrganisationId(m.organisationId())).toList())
                .forEach(o -> byId.put(o.id().value(), o));
        Function<Membership, GetMembershipQuery.MemberOnDay> view = m -> {
            Organisation o = byId.get(m.organisationId());
            return new GetMembershipQuery.MemberOnDay(m, o == null ? null : o.profile().name(), o == null ? null : o.profile().kind(),
                    o == null ? null : o.profile().sizeClass());
        };
        return new MembersOnDay(on, ledger.version(), members.stream().map(view).toList());
    }

    @Override
    public History history(DossierId id, int page, int size, Caller caller) {
        access.requireMaySee(load.existingDossier(id), caller);
        MembershipLedgerPort.EntryPage found = ledgers.history(id, page, size);
        return new History(found.items(), found.page(), found.size(), found.total(), found.version());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
