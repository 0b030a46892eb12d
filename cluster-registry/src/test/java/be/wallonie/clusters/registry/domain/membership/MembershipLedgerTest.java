package be.wallonie.clusters.registry.domain.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.dossier.Member;
import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import be.wallonie.clusters.registry.domain.membership.MemberFigures.MemberProfile;
import be.wallonie.clusters.registry.domain.membership.MembershipRefusedException.Reason;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MembershipLedgerTest {

    static final UUID DOSSIER = UUID.randomUUID();
    static final UUID CORE = UUID.randomUUID();
    static final UUID FIRM = UUID.randomUUID();
    static final UUID LAB = UUID.randomUUID();
    static final UUID NEWCOMER = UUID.randomUUID();
    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Instant AT = Instant.parse("2026-06-15T10:00:00Z");
    static final Map<UUID, OrganisationKind> KINDS = Map.of(CORE, OrganisationKind.ENTERPRISE, FIRM, OrganisationKind.ENTERPRISE,
            LAB, OrganisationKind.RESEARCH_CENTRE, NEWCOMER, OrganisationKind.ENTERPRISE);
    static final List<Agrement> AGREMENTS = List.of(Agrement.first(DOSSIER, UUID.randomUUID(), START, 3, "region-1", AT));

    private final List<MembershipEntry> entries = new ArrayList<>(MembershipLedger.opening(DOSSIER, List.of(
            new Member(CORE, MemberRole.CORE_GROUP, null, false), new Member(FIRM, MemberRole.MEMBER, null, false),
            new Member(LAB, MemberRole.SUPPORT, null, false)), START, AT));

    private MembershipLedger ledger() {
        return MembershipLedger.of(DOSSIER, entries, AGREMENTS);
    }

    private MembershipEntry add(MembershipEntry e) {
        entries.add(e);
        return e;
    }

    @Test
    void the_validated_members_join_on_the_agrement_first_day_recorded_by_the_system_and_not_listed() {
        assertThat(entries).hasSize(3).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(MembershipEntry.Kind.JOIN);
            assertThat(e.day()).isEqualTo(START);
            assertThat(e.bySystem()).isTrue();
            assertThat(e.listed()).isFalse();
        });
        assertThat(ledger().version()).isEqualTo(3);
        assertThat(ledger().membersOn(START.minusDays(1))).isEmpty();
        assertThat(ledger().membersOn(START)).extracting(Membership::organisationId).containsExactly(CORE, FIRM, LAB);
    }

    @Test
    void a_join_then_a_leave_make_a_period_and_the_members_on_a_day_follow_it() {
        add(ledger().join(NEWCOMER, MemberRole.MEMBER, LocalDate.of(2025, 3, 1), true, "vote du 28/02", KINDS, TODAY, "cellule-1", AT));
        add(ledger().leave(FIRM, LocalDate.of(2025, 10, 1), "cessation d'activité", KINDS, TODAY, "cellule-1", AT));
        MembershipLedger l = ledger();
        assertThat(l.version()).isEqualTo(5);
        assertThat(l.membersOn(LocalDate.of(2025, 2, 28))).hasSize(3);
        assertThat(l.membersOn(LocalDate.of(2025, 3, 1))).hasSize(4);
        // the leave's day is the first day it is no longer a member
        assertThat(l.membersOn(LocalDate.of(2025, 9, 30))).extracting(Membership::organisationId).contains(FIRM);
        assertThat(l.membersOn(LocalDate.of(2025, 10, 1))).extracting(Membership::organisationId).doesNotContain(FIRM).contains(NEWCOMER);
        // it may join again later
        add(l.join(FIRM, MemberRole.MEMBER, LocalDate.of(2026, 1, 1), false, null, KINDS, TODAY, "cellule-1", AT));
        assertThat(ledger().memberships()).filteredOn(m -> m.organisationId().equals(FIRM)).hasSize(2);
    }

    @Test
    void days_before_the_agrement_in_the_future_or_after_it_are_refused() {
        assertRefused(() -> ledger().join(NEWCOMER, MemberRole.MEMBER, START.minusDays(1), false, null, KINDS, TODAY, "c", AT),
                Reason.BEFORE_AGREMENT);
        assertRefused(() -> ledger().join(NEWCOMER, MemberRole.MEMBER, TODAY.plusDays(1), false, null, KINDS, TODAY, "c", AT),
                Reason.IN_THE_FUTURE);
        LocalDate afterEnd = LocalDate.of(2028, 1, 1);
        assertRefused(() -> ledger().join(NEWCOMER, MemberRole.MEMBER, afterEnd, false, null, KINDS, afterEnd.plusDays(3), "c", AT),
                Reason.AFTER_AGREMENT);
        assertRefused(() -> MembershipLedger.of(DOSSIER, List.of(), List.of()).join(NEWCOMER, MemberRole.MEMBER, TODAY, false, null,
                KINDS, TODAY, "c", AT), Reason.NOT_A_RECOGNISED_CLUSTER);
    }

    @Test
    void overlapping_memberships_a_leave_of_a_non_member_and_a_leave_on_its_join_day_are_refused() {
        assertRefused(() -> ledger().join(FIRM, MemberRole.MEMBER, TODAY, false, null, KINDS, TODAY, "c", AT), Reason.ALREADY_A_MEMBER);
        assertRefused(() -> ledger().leave(NEWCOMER, TODAY, "départ", KINDS, TODAY, "c", AT), Reason.NOT_A_MEMBER);
        assertRefused(() -> ledger().leave(FIRM, START, "départ", KINDS, TODAY, "c", AT), Reason.LEAVE_NOT_AFTER_JOIN);
        add(ledger().leave(FIRM, LocalDate.of(2026, 1, 1), "départ", KINDS, TODAY, "c", AT));
        // a join back before that leave would overlap the first period
        assertRefused(() -> ledger().join(FIRM, MemberRole.MEMBER, LocalDate.of(2025, 6, 1), false, null, KINDS, TODAY, "c", AT),
                Reason.ALREADY_A_MEMBER);
    }

    @Test
    void the_core_group_keeps_an_enterprise() {
        assertRefused(() -> ledger().leave(CORE, TODAY, "départ", KINDS, TODAY, "c", AT), Reason.CORE_GROUP_WITHOUT_ENTERPRISE);
        // with another enterprise in the core group first, the leave is accepted
        add(ledger().join(NEWCOMER, MemberRole.CORE_GROUP, LocalDate.of(2026, 1, 1), false, null, KINDS, TODAY, "c", AT));
        assertRefused(() -> ledger().leave(CORE, LocalDate.of(2025, 12, 1), "départ", KINDS, TODAY, "c", AT),
                Reason.CORE_GROUP_WITHOUT_ENTERPRISE);
        add(ledger().leave(CORE, LocalDate.of(2026, 1, 2), "départ", KINDS, TODAY, "c", AT));
        // a correction moving the newcomer's join after that leave would empty it between
        MembershipEntry join = entries.get(3);
        assertRefused(() -> ledger().correct(join.id(), LocalDate.of(2026, 2, 1), null, null, false, "date", KINDS, TODAY, "c", AT),
                Reason.CORE_GROUP_WITHOUT_ENTERPRISE);
    }

    @Test
    void a_correction_restates_or_voids_an_entry_as_a_new_entry() {
        MembershipEntry join = add(ledger().join(NEWCOMER, MemberRole.MEMBER, LocalDate.of(2025, 2, 1), false, null, KINDS, TODAY, "c",
                AT));
        add(ledger().correct(join.id(), LocalDate.of(2025, 3, 1), null, true, false, "adhésion au 1er mars; accord de publication",
                KINDS, TODAY, "c", AT));
        Membership m = ledger().memberships().stream().filter(p -> p.organisationId().equals(NEWCOMER)).findFirst().orElseThrow();
        assertThat(m.joinedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(m.listed()).isTrue();
        assertThat(m.role()).isEqualTo(MemberRole.MEMBER);
        // the entries themselves are untouched
        assertThat(entries.get(3).day()).isEqualTo(LocalDate.of(2025, 2, 1));
        add(ledger().correct(join.id(), null, null, null, true, "enregistré par erreur", KINDS, TODAY, "c", AT));
        assertThat(ledger().membersOn(TODAY)).extracting(Membership::organisationId).doesNotContain(NEWCOMER);
        assertRefused(() -> ledger().correct(join.id(), null, null, true, false, "encore", KINDS, TODAY, "c", AT),
                Reason.ENTRY_NOT_CORRECTABLE);
        assertRefused(() -> ledger().correct(UUID.randomUUID(), null, null, true, false, "?", KINDS, TODAY, "c", AT),
                Reason.ENTRY_NOT_CORRECTABLE);
        assertThatThrownBy(() -> ledger().correct(entries.get(0).id(), null, null, null, false, " ", KINDS, TODAY, "c", AT))
                .isInstanceOfSatisfying(InvalidMembershipEntryException.class, e -> assertThat(e.violations())
                        .extracting(EntryViolation::field).containsExactly("reason", "voids"));
    }

    @Test
    void missing_fields_are_named_at_once() {
        assertThatThrownBy(() -> ledger().join(null, null, null, false, null, KINDS, TODAY, "c", AT))
                .isInstanceOfSatisfying(InvalidMembershipEntryException.class, e -> assertThat(e.violations())
                        .extracting(EntryViolation::field).containsExactly("organisationId", "role", "day"));
        assertThatThrownBy(() -> ledger().leave(FIRM, TODAY, null, KINDS, TODAY, "c", AT))
                .isInstanceOfSatisfying(InvalidMembershipEntryException.class, e -> assertThat(e.violations())
                        .extracting(EntryViolation::field).containsExactly("reason"));
    }

    @Test
    void figures_count_every_kind_and_size_by_hand() {
        MemberFigures f = MemberFigures.of(List.of(new MemberProfile(CORE, OrganisationKind.ENTERPRISE, SizeClass.SMALL),
                new MemberProfile(FIRM, OrganisationKind.ENTERPRISE, SizeClass.SMALL),
                new MemberProfile(NEWCOMER, OrganisationKind.ENTERPRISE, SizeClass.LARGE),
                new MemberProfile(LAB, OrganisationKind.RESEARCH_CENTRE, null)));
        assertThat(f.membersByKind()).containsEntry("ENTERPRISE", 3).containsEntry("RESEARCH_CENTRE", 1).containsEntry("UNIVERSITY", 0)
                .hasSize(OrganisationKind.values().length);
        assertThat(f.enterprisesBySize()).containsExactlyInAnyOrderEntriesOf(Map.of("MICRO", 0, "SMALL", 2, "MEDIUM", 0, "LARGE", 1));
        Agrement ending = new Agrement(UUID.randomUUID(), DOSSIER, 1, LocalDate.of(2025, 4, 1), LocalDate.of(2028, 3, 31),
                Agrement.Status.ACTIVE, UUID.randomUUID(), "r", AT);
        assertThat(MemberFigures.reportDay(2027, ending)).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(MemberFigures.reportDay(2028, ending)).isEqualTo(LocalDate.of(2028, 3, 31));
    }

    private static void assertRefused(Runnable r, Reason reason) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(MembershipRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
