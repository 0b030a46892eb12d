package be.wallonie.clusters.registry.adapter.out.persistence;

import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.date;
import static be.wallonie.clusters.registry.adapter.out.persistence.SqlValues.instant;

import be.wallonie.clusters.registry.application.port.in.GetCallsQuery.CallPage;
import be.wallonie.clusters.registry.application.port.in.GetCallsQuery.ScheduledDossier;
import be.wallonie.clusters.registry.application.port.in.SessionAssignment;
import be.wallonie.clusters.registry.application.port.in.StaleCallException;
import be.wallonie.clusters.registry.application.port.out.CallRecordsPort;
import be.wallonie.clusters.registry.domain.call.Call;
import be.wallonie.clusters.registry.domain.call.SelectionSession;
import be.wallonie.clusters.registry.domain.call.SessionCalendar;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Calls, sessions, agendas and published results, in plain SQL in the caller's transaction. */
@ApplicationScoped
class CallRecordsAdapter implements CallRecordsPort {

    /** Key of the transaction-level advisory lock under which calls' dates and schemes change. */
    static final long CALL_CALENDAR_LOCK = 0x43414c4c53L; // "CALLS"

    private static final String CALL_COLUMNS = """
            select c.id, c.title, (select string_agg(s.scheme, ',') from cluster_call_scheme s where s.call_id = c.id),
                   c.opening_date, c.closing_date, c.session_interval_months, c.cut_off_days, c.status, c.version, c.created_by,
                   c.created_at from cluster_call c
            """;
    private static final String SESSION_COLUMNS = """
            select id, call_id, number, session_date, cut_off_date, published_at, published_by from selection_session
            """;

    private final EntityManager em;

    CallRecordsAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public void lockCallCalendar() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) l").setParameter(1, CALL_CALENDAR_LOCK)
                .getSingleResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Call> openCallsOverlapping(Set<Scheme> schemes, LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createNativeQuery(CALL_COLUMNS + """
                 where c.status = 'OPEN' and c.opening_date <= ?2 and c.closing_date >= ?1
                   and exists (select 1 from cluster_call_scheme s where s.call_id = c.id and s.scheme in (?3))""")
                .setParameter(1, Date.valueOf(from)).setParameter(2, Date.valueOf(to))
                .setParameter(3, schemes.stream().map(Scheme::name).toList()).getResultList();
        return rows.stream().map(CallRecordsAdapter::call).toList();
    }

    @Override
    public void insertCall(Call c, String by, Instant at) {
        em.createNativeQuery("""
                insert into cluster_call (id, title, opening_date, closing_date, session_interval_months, cut_off_days, status,
                    created_by, created_at, updated_by, updated_at, version) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?8, ?9, 0)""")
                .setParameter(1, c.id()).setParameter(2, c.title()).setParameter(3, Date.valueOf(c.opening()))
                .setParameter(4, Date.valueOf(c.closing())).setParameter(5, c.sessionIntervalMonths()).setParameter(6, c.cutOffDays())
                .setParameter(7, c.status().name()).setParameter(8, by).setParameter(9, Timestamp.from(at)).executeUpdate();
        for (Scheme s : c.schemes()) {
            em.createNativeQuery("insert into cluster_call_scheme (call_id, scheme) values (?1, ?2)").setParameter(1, c.id())
                    .setParameter(2, s.name()).executeUpdate();
        }
    }

    @Override
    public Call updateCall(Call c, String by, Instant at) {
        int updated = em.createNativeQuery("""
                update cluster_call set closing_date = ?1, status = ?2, updated_by = ?3, updated_at = ?4, version = version + 1
                where id = ?5 and version = ?6""").setParameter(1, Date.valueOf(c.closing())).setParameter(2, c.status().name())
                .setParameter(3, by).setParameter(4, Timestamp.from(at)).setParameter(5, c.id()).setParameter(6, c.version())
                .executeUpdate();
        Call stored = loadCall(c.id()).orElseThrow();
        if (updated == 0) {
            throw new StaleCallException(c.version(), stored.version());
        }
        return stored;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Call> loadCall(UUID id) {
        List<Object[]> rows = em.createNativeQuery(CALL_COLUMNS + " where c.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(CallRecordsAdapter::call);
    }

    @Override
    @SuppressWarnings("unchecked")
    public CallPage searchCalls(LocalDate openOn, Scheme scheme, int page, int size) {
        List<String> where = new ArrayList<>();
        if (openOn != null) {
            where.add("c.status = 'OPEN' and c.opening_date <= :day and c.closing_date >= :day");
        }
        if (scheme != null) {
            where.add("exists (select 1 from cluster_call_scheme s where s.call_id = c.id and s.scheme = :scheme)");
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Query list = em.createNativeQuery(CALL_COLUMNS + filter + " order by c.opening_date desc, c.id limit :limit offset :offset");
        Query count = em.createNativeQuery("select count(*) from cluster_call c" + filter);
        for (Query q : List.of(list, count)) {
            if (openOn != null) {
                q.setParameter("day", Date.valueOf(openOn));
            }
            if (scheme != null) {
                q.setParameter("scheme", scheme.name());
            }
        }
        List<Object[]> rows = list.setParameter("limit", size).setParameter("offset", (long) page * size).getResultList();
        return new CallPage(rows.stream().map(CallRecordsAdapter::call).toList(), page, size,
                ((Number) count.getSingleResult()).longValue());
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Call> openCallAccepting(Scheme scheme, LocalDate day) {
        List<Object[]> rows = em.createNativeQuery(CALL_COLUMNS + """
                 where c.status = 'OPEN' and c.opening_date <= ?1 and c.closing_date >= ?1
                   and exists (select 1 from cluster_call_scheme s where s.call_id = c.id and s.scheme = ?2)
                 order by c.opening_date limit 1""").setParameter(1, Date.valueOf(day)).setParameter(2, scheme.name()).getResultList();
        return rows.stream().findFirst().map(CallRecordsAdapter::call);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SelectionSession> sessionsOf(UUID callId) {
        List<Object[]> rows = em.createNativeQuery(SESSION_COLUMNS + " where call_id = ?1 order by number").setParameter(1, callId)
                .getResultList();
        return rows.stream().map(CallRecordsAdapter::session).toList();
    }

    @Override
    public void insertSessions(UUID callId, List<SessionCalendar.Slot> slots) {
        for (SessionCalendar.Slot s : slots) {
            em.createNativeQuery("insert into selection_session (id, call_id, number, session_date, cut_off_date) "
                    + "values (?1, ?2, ?3, ?4, ?5)").setParameter(1, UUID.randomUUID()).setParameter(2, callId)
                    .setParameter(3, s.number()).setParameter(4, Date.valueOf(s.date())).setParameter(5, Date.valueOf(s.cutOff()))
                    .executeUpdate();
        }
    }

    @Override
    public void deleteSessions(List<UUID> sessionIds) {
        if (!sessionIds.isEmpty()) {
            em.createNativeQuery("delete from selection_session where id in (?1)").setParameter(1, sessionIds).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<UUID> sessionsInUse(UUID callId) {
        return em.createNativeQuery("""
                select s.id from selection_session s where s.call_id = ?1
                  and (s.published_at is not null or exists (select 1 from session_dossier d where d.session_id = s.id))""")
                .setParameter(1, callId).getResultList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<SelectionSession> loadSession(UUID id) {
        List<Object[]> rows = em.createNativeQuery(SESSION_COLUMNS + " where id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(CallRecordsAdapter::session);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<SelectionSession> lockSession(UUID id) {
        List<Object[]> rows = em.createNativeQuery(SESSION_COLUMNS + " where id = ?1 for update").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(CallRecordsAdapter::session);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ScheduledDossier> agendaOf(UUID sessionId) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.name, d.scheme, d.status, sd.snapshot_version, sd.manual from session_dossier sd
                join dossier d on d.id = sd.dossier_id where sd.session_id = ?1 order by lower(d.name), d.id""")
                .setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new ScheduledDossier((UUID) r[0], (String) r[1], Scheme.valueOf((String) r[2]), (String) r[3],
                ((Number) r[4]).intValue(), (Boolean) r[5])).toList();
    }

    @Override
    public void schedule(DossierId dossier, int snapshotVersion, UUID sessionId, boolean manual, String by, Instant at) {
        em.createNativeQuery("""
                delete from session_dossier sd using selection_session s
                where sd.session_id = s.id and s.published_at is null and sd.dossier_id = ?1 and sd.session_id <> ?2""")
                .setParameter(1, dossier.value()).setParameter(2, sessionId).executeUpdate();
        em.createNativeQuery("""
                insert into session_dossier (session_id, dossier_id, snapshot_version, assigned_by, assigned_at, manual)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (session_id, dossier_id) do update set snapshot_version = excluded.snapshot_version,
                    assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at, manual = excluded.manual""")
                .setParameter(1, sessionId).setParameter(2, dossier.value()).setParameter(3, snapshotVersion).setParameter(4, by)
                .setParameter(5, Timestamp.from(at)).setParameter(6, manual).executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<SessionAssignment> currentSession(DossierId dossier) {
        List<Object[]> rows = em.createNativeQuery("""
                select s.call_id, s.id, s.session_date from session_dossier sd join selection_session s on s.id = sd.session_id
                join dossier d on d.id = sd.dossier_id and d.snapshot_version = sd.snapshot_version
                where sd.dossier_id = ?1 order by sd.assigned_at desc limit 1""").setParameter(1, dossier.value()).getResultList();
        return rows.stream().findFirst().map(r -> new SessionAssignment((UUID) r[0], (UUID) r[1], date(r[2])));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SelectionSession.Result> outcomesOf(UUID sessionId) {
        List<Object[]> rows = em.createNativeQuery("""
                select d.id, d.name, d.scheme, x.outcome from session_dossier sd join dossier d on d.id = sd.dossier_id
                left join lateral (select outcome from dossier_decision dd where dd.dossier_id = d.id
                                   and dd.snapshot_version = sd.snapshot_version order by decided_at desc limit 1) x on true
                where sd.session_id = ?1 and d.status <> 'WITHDRAWN' order by lower(d.name), d.id""")
                .setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new SelectionSession.Result((UUID) r[0], (String) r[1], (String) r[2],
                r[3] == null ? SelectionSession.Outcome.PENDING : SelectionSession.Outcome.valueOf((String) r[3]))).toList();
    }

    @Override
    public void savePublication(UUID sessionId, List<SelectionSession.Result> results, String by, Instant at) {
        em.createNativeQuery("update selection_session set published_at = ?1, published_by = ?2 where id = ?3")
                .setParameter(1, Timestamp.from(at)).setParameter(2, by).setParameter(3, sessionId).executeUpdate();
        int position = 0;
        for (SelectionSession.Result r : results) {
            em.createNativeQuery("""
                    insert into session_result (session_id, position, dossier_id, cluster_name, scheme, outcome)
                    values (?1, ?2, ?3, ?4, ?5, ?6)""").setParameter(1, sessionId).setParameter(2, position++)
                    .setParameter(3, r.dossierId()).setParameter(4, r.clusterName()).setParameter(5, r.scheme())
                    .setParameter(6, r.outcome().name()).executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SelectionSession.Result> publishedResults(UUID sessionId) {
        List<Object[]> rows = em.createNativeQuery("""
                select dossier_id, cluster_name, scheme, outcome from session_result where session_id = ?1 order by position""")
                .setParameter(1, sessionId).getResultList();
        return rows.stream().map(r -> new SelectionSession.Result((UUID) r[0], (String) r[1], (String) r[2],
                SelectionSession.Outcome.valueOf((String) r[3]))).toList();
    }

    private static Call call(Object[] r) {
        Set<Scheme> schemes = r[2] == null ? Set.of() : Arrays.stream(((String) r[2]).split(",")).map(Scheme::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scheme.class)));
        return new Call((UUID) r[0], (String) r[1], schemes, date(r[3]), date(r[4]), ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue(), Call.Status.valueOf((String) r[7]), ((Number) r[8]).longValue(), (String) r[9],
                instant(r[10]));
    }

    private static SelectionSession session(Object[] r) {
        return new SelectionSession((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(), date(r[3]), date(r[4]),
                r[5] == null ? null : instant(r[5]), (String) r[6]);
    }
}
