package be.wallonie.clusters.evaluation.adapter.out.persistence;

import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.ComiteSessionFilter;
import be.wallonie.clusters.evaluation.application.port.in.ComiteSessionCommands.Reader;
import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.out.LoadComiteSessionPort;
import be.wallonie.clusters.evaluation.application.port.out.SaveComiteSessionPort;
import be.wallonie.clusters.evaluation.domain.session.ComiteSession;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Session records (V12): the session row and its agenda items, rewritten whole on each change of an open record. */
@ApplicationScoped
class ComiteSessionPersistenceAdapter implements LoadComiteSessionPort, SaveComiteSessionPort {

    private static final TypeReference<List<UUID>> IDS = new TypeReference<>() {
    };
    private static final TypeReference<List<RecusalDoc>> RECUSALS = new TypeReference<>() {
    };
    private static final TypeReference<List<OutcomeDoc>> OUTCOMES = new TypeReference<>() {
    };

    record RecusalDoc(UUID expertId, String reason) {
    }

    record OutcomeDoc(UUID caseId, UUID dossierId, boolean opinionReached, UUID opinionId, String opinion, List<UUID> recusedExperts) {
    }

    private static final String COLUMNS = "id, meeting_date, registry_session_id, status, attendees::text as attendees, minutes, "
            + "results::text as results, version, created_at, created_by, closed_at, closed_by";

    private final Jdbc jdbc;

    ComiteSessionPersistenceAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insertSession(ComiteSession s) {
        jdbc.update("""
                insert into comite_session (id, meeting_date, registry_session_id, status, attendees, minutes, results, version,
                    created_at, created_by, closed_at, closed_by)
                values (?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?, ?, ?, ?, ?)""", s.id(), s.meetingDate(),
                s.registrySessionId(), s.status().name(), PolicyFactsPersistenceAdapter.write(s.attendees()), s.minutes(),
                results(s), s.version(), s.createdAt(), s.createdBy(), s.closedAt(), s.closedBy());
        writeAgenda(s);
    }

    @Override
    public boolean updateSession(ComiteSession s) {
        int rows = jdbc.update("""
                update comite_session set status = ?, attendees = cast(? as jsonb), minutes = ?, results = cast(? as jsonb),
                    version = ?, closed_at = ?, closed_by = ?
                where id = ? and version = ?""", s.status().name(), PolicyFactsPersistenceAdapter.write(s.attendees()), s.minutes(),
                results(s), s.version(), s.closedAt(), s.closedBy(), s.id(), s.version() - 1);
        if (rows == 0) {
            return false;
        }
        jdbc.update("delete from comite_session_agenda_item where session_id = ?", s.id());
        writeAgenda(s);
        return true;
    }

    private void writeAgenda(ComiteSession s) {
        int position = 0;
        for (ComiteSession.AgendaItem item : s.agenda()) {
            jdbc.update("""
                    insert into comite_session_agenda_item (session_id, case_id, position, recusals, session_open)
                    values (?, ?, ?, cast(? as jsonb), ?)""", s.id(), item.caseId(), position++,
                    PolicyFactsPersistenceAdapter.write(item.recusals().stream().map(r -> new RecusalDoc(r.expertId(), r.reason())).toList()),
                    s.isOpen());
        }
    }

    private static String results(ComiteSession s) {
        return s.isOpen() ? null : PolicyFactsPersistenceAdapter.write(s.results().stream().map(o -> new OutcomeDoc(o.caseId(),
                o.dossierId(), o.opinionReached(), o.opinionId(), o.opinion(), o.recusedExperts())).toList());
    }

    @Override
    public Optional<ComiteSession> loadSession(UUID id) {
        List<Row> rows = jdbc.query("select " + COLUMNS + " from comite_session where id = ?", ComiteSessionPersistenceAdapter::row, id);
        return rows.isEmpty() ? Optional.empty() : Optional.of(withAgendas(rows).get(0));
    }

    @Override
    public Page<ComiteSession> loadSessions(ComiteSessionFilter f) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        Reader reader = f.reader();
        ComiteSession.Status status = f.status();
        if (!reader.readsAll()) {
            if (reader.expertId() != null) {
                where.append(" and attendees @> cast(? as jsonb)");
                params.add(PolicyFactsPersistenceAdapter.write(List.of(reader.expertId())));
            } else if (reader.closedOnly()) {
                where.append(" and status = 'CLOSED'");
            } else {
                where.append(" and false");
            }
        }
        if (status != null) {
            where.append(" and status = ?");
            params.add(status.name());
        }
        if (f.from() != null) {
            where.append(" and meeting_date >= ?");
            params.add(f.from());
        }
        if (f.to() != null) {
            where.append(" and meeting_date < ?");
            params.add(f.to());
        }
        long total = jdbc.count("select count(*) from comite_session" + where, params.toArray());
        List<Object> paged = new ArrayList<>(params);
        paged.add(f.size());
        paged.add((long) f.page() * f.size());
        List<Row> rows = jdbc.query("select " + COLUMNS + " from comite_session" + where
                + " order by meeting_date desc, id limit ? offset ?", ComiteSessionPersistenceAdapter::row, paged.toArray());
        return new Page<>(withAgendas(rows), f.page(), f.size(), total);
    }

    @Override
    public Optional<UUID> openSessionHoldingCase(UUID caseId, UUID exceptSessionId) {
        return jdbc.query("""
                select session_id from comite_session_agenda_item where case_id = ? and session_open and session_id <> ?""",
                rs -> rs.getObject("session_id", UUID.class), caseId, exceptSessionId).stream().findFirst();
    }

    /** A session row before its agenda is attached. */
    private record Row(ComiteSession session) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        String results = rs.getString("results");
        List<ComiteSession.ItemOutcome> outcomes = results == null ? List.of()
                : PolicyFactsPersistenceAdapter.read(results, OUTCOMES).stream().map(o -> new ComiteSession.ItemOutcome(o.caseId(),
                        o.dossierId(), o.opinionReached(), o.opinionId(), o.opinion(), o.recusedExperts())).toList();
        return new Row(new ComiteSession(rs.getObject("id", UUID.class), rs.getObject("meeting_date", java.time.LocalDate.class),
                rs.getObject("registry_session_id", UUID.class), ComiteSession.Status.valueOf(rs.getString("status")), List.of(),
                PolicyFactsPersistenceAdapter.read(rs.getString("attendees"), IDS), rs.getString("minutes"), rs.getLong("version"),
                Jdbc.instant(rs, "created_at"), rs.getString("created_by"), Jdbc.instant(rs, "closed_at"), rs.getString("closed_by"),
                outcomes));
    }

    /** One query for the agendas of all the rows (no N+1). */
    private List<ComiteSession> withAgendas(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] ids = rows.stream().map(r -> r.session().id()).toArray();
        String marks = String.join(", ", java.util.Collections.nCopies(ids.length, "?"));
        Map<UUID, List<ComiteSession.AgendaItem>> agendas = new HashMap<>();
        jdbc.query("select session_id, case_id, recusals::text as recusals from comite_session_agenda_item where session_id in ("
                + marks + ") order by session_id, position", rs -> {
            agendas.computeIfAbsent(rs.getObject("session_id", UUID.class), k -> new ArrayList<>())
                    .add(new ComiteSession.AgendaItem(rs.getObject("case_id", UUID.class),
                            PolicyFactsPersistenceAdapter.read(rs.getString("recusals"), RECUSALS).stream()
                                    .map(r -> new ComiteSession.Recusal(r.expertId(), r.reason())).toList()));
            return null;
        }, ids);
        return rows.stream().map(r -> {
            ComiteSession s = r.session();
            return new ComiteSession(s.id(), s.meetingDate(), s.registrySessionId(), s.status(), agendas.getOrDefault(s.id(), List.of()),
                    s.attendees(), s.minutes(), s.version(), s.createdAt(), s.createdBy(), s.closedAt(), s.closedBy(), s.results());
        }).toList();
    }
}
