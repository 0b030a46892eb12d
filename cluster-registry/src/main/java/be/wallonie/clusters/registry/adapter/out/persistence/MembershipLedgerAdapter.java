package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.date;
import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.instant;

import be.wallonie.clusters.registry.application.port.out.MembershipLedgerPort;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import be.wallonie.clusters.registry.domain.membership.MemberFigures.MemberProfile;
import be.wallonie.clusters.registry.domain.membership.Membership;
import be.wallonie.clusters.registry.domain.membership.MembershipEntry;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The membership ledger in plain SQL, in the caller's transaction: {@code membership_entry} is append-only (a trigger
 * refuses updates and deletes); {@code membership_period} is what the entries make, replaced with each append.
 */
@ApplicationScoped
class MembershipLedgerAdapter implements MembershipLedgerPort {

    private static final String COLUMNS = """
            select id, dossier_id, sequence, kind, organisation_id, role, day, listed, note, corrects_entry_id, voids, recorded_by,
                   recorded_at
              from membership_entry
            """;

    private final EntityManager em;

    MembershipLedgerAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void lockLedgerOf(DossierId dossier) {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "membership:" + dossier.value()).getSingleResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MembershipEntry> entriesOf(DossierId dossier) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "where dossier_id = ?1 order by sequence")
                .setParameter(1, dossier.value()).getResultList();
        return rows.stream().map(MembershipLedgerAdapter::entry).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public EntryPage history(DossierId dossier, int page, int size) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "where dossier_id = ?1 order by sequence limit ?2 offset ?3")
                .setParameter(1, dossier.value()).setParameter(2, size).setParameter(3, (long) page * size).getResultList();
        Object[] totals = (Object[]) em.createNativeQuery(
                        "select count(*), coalesce(max(sequence), 0) from membership_entry where dossier_id = ?1")
                .setParameter(1, dossier.value()).getSingleResult();
        return new EntryPage(rows.stream().map(MembershipLedgerAdapter::entry).toList(), page, size, ((Number) totals[0]).longValue(),
                ((Number) totals[1]).intValue());
    }

    @Override
    public void append(DossierId dossier, List<MembershipEntry> entries, List<Membership> periods) {
        for (MembershipEntry e : entries) {
            em.createNativeQuery("""
                    insert into membership_entry (id, dossier_id, sequence, kind, organisation_id, role, day, listed, note,
                        corrects_entry_id, voids, recorded_by, recorded_at)
                    values (?1, ?2, ?3, ?4, ?5, ?6, cast(cast(?7 as text) as date), cast(cast(?8 as text) as boolean), ?9,
                        cast(cast(?10 as text) as uuid), ?11, ?12, ?13)""")
                    // nullable values bound as text: they bind as typed nulls
                    .setParameter(1, e.id()).setParameter(2, e.dossierId()).setParameter(3, e.sequence())
                    .setParameter(4, e.kind().name()).setParameter(5, e.organisationId())
                    .setParameter(6, e.role() == null ? null : e.role().name()).setParameter(7, text(e.day()))
                    .setParameter(8, text(e.listed())).setParameter(9, e.note()).setParameter(10, text(e.correctsEntryId()))
                    .setParameter(11, e.voids()).setParameter(12, e.recordedBy()).setParameter(13, Timestamp.from(e.recordedAt()))
                    .executeUpdate();
        }
        em.createNativeQuery("delete from membership_period where dossier_id = ?1").setParameter(1, dossier.value()).executeUpdate();
        for (Membership m : periods) {
            em.createNativeQuery("""
                    insert into membership_period (dossier_id, join_entry_id, organisation_id, role, joined_on, left_on, listed)
                    values (?1, ?2, ?3, ?4, ?5, cast(cast(?6 as text) as date), ?7)""")
                    .setParameter(1, dossier.value()).setParameter(2, m.joinEntryId()).setParameter(3, m.organisationId())
                    .setParameter(4, m.role().name()).setParameter(5, m.joinedOn()).setParameter(6, text(m.leftOn()))
                    .setParameter(7, m.listed()).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<MemberProfile> memberProfilesOn(DossierId dossier, LocalDate day) {
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.kind, o.size_class from membership_period p join organisation o on o.id = p.organisation_id
                 where p.dossier_id = ?1 and p.joined_on <= ?2 and (p.left_on is null or p.left_on > ?2)""")
                .setParameter(1, dossier.value()).setParameter(2, day).getResultList();
        return rows.stream().map(r -> new MemberProfile((UUID) r[0], OrganisationKind.valueOf((String) r[1]),
                r[2] == null ? null : SizeClass.valueOf((String) r[2]))).toList();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static MembershipEntry entry(Object[] r) {
        return new MembershipEntry((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), MembershipEntry.Kind.valueOf((String) r[3]),
                (UUID) r[4], r[5] == null ? null : MemberRole.valueOf((String) r[5]), r[6] == null ? null : date(r[6]), (Boolean) r[7],
                (String) r[8], (UUID) r[9], (Boolean) r[10], (String) r[11], instant(r[12]));
    }
}
