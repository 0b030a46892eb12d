package be.wallonie.clusters.funding.adapter.out.persistence;

import be.wallonie.clusters.funding.application.port.in.ScheduleFeedQuery.Commitment;
import be.wallonie.clusters.funding.application.port.in.ScheduleFeedQuery.CurrentSchedule;
import be.wallonie.clusters.funding.application.port.out.ScheduleStorePort;
import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.Explanation;
import be.wallonie.clusters.funding.domain.schedule.FundingSchedule;
import be.wallonie.clusters.funding.domain.schedule.ScheduleLine;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Schedule versions in two tables (a version and its lines), appended in the caller's transaction. Feed
 * positions are drawn under a transaction-scoped advisory lock: a version that takes a position commits
 * before the next position is drawn, so a reader that saw position n never later finds a version below n.
 * Schedules change a few times a day, so serialising their storage costs nothing.
 */
@ApplicationScoped
class ScheduleStoreAdapter implements ScheduleStorePort {

    /** Key of the advisory lock that orders the feed ('fund' in ASCII). */
    static final long FEED_LOCK = 0x66756e64L;

    private static final String VERSION_COLUMNS = """
            s.id, s.dossier_id, s.scheme, s.version, s.policy_version, s.reason, s.computed_on, s.computed_at,
            s.inputs_fingerprint, s.feed_position, s.total_eligible, s.total_granted, s.total_left_to_cluster,
            s.total_private_contributions""";

    /** The latest version of each (dossier, scheme). */
    private static final String CURRENT = """
            select distinct on (dossier_id, scheme) id from funding_schedule order by dossier_id, scheme, version desc""";

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;

    ScheduleStoreAdapter(AgroalDataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    @Override
    public Optional<String> latestInputsFingerprint(UUID dossierId, SchemeCode scheme) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select inputs_fingerprint from funding_schedule where dossier_id = ? and scheme = ? order by version desc limit 1")) {
            ps.setObject(1, dossierId);
            ps.setString(2, scheme.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the schedules of " + dossierId, e);
        }
    }

    @Override
    public Optional<ComputedSchedule> latestSchedule(UUID dossierId, SchemeCode scheme) {
        return select("where s.dossier_id = ? and s.scheme = ? order by s.version desc limit 1", dossierId, scheme.name()).stream()
                .findFirst();
    }

    @Override
    public ComputedSchedule appendSchedule(FundingSchedule schedule, String reason, Instant computedAt) {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, FEED_LOCK);
                lock.execute();
            }
            int version;
            try (PreparedStatement ps = c.prepareStatement(
                    "select coalesce(max(version), 0) + 1 from funding_schedule where dossier_id = ? and scheme = ?")) {
                ps.setObject(1, schedule.dossierId());
                ps.setString(2, schedule.scheme().name());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    version = rs.getInt(1);
                }
            }
            long position;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into funding_schedule (id, dossier_id, scheme, version, policy_version, reason, computed_on, computed_at,
                        inputs_fingerprint, total_eligible, total_granted, total_left_to_cluster, total_private_contributions,
                        feed_position)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, nextval('funding_schedule_feed_seq')) returning feed_position""")) {
                ps.setObject(1, id);
                ps.setObject(2, schedule.dossierId());
                ps.setString(3, schedule.scheme().name());
                ps.setInt(4, version);
                ps.setString(5, schedule.schemeVersion());
                ps.setString(6, reason);
                ps.setDate(7, Date.valueOf(schedule.computedOn()));
                ps.setTimestamp(8, Timestamp.from(computedAt));
                ps.setString(9, schedule.inputsFingerprint());
                ps.setBigDecimal(10, schedule.totalEligible().amount());
                ps.setBigDecimal(11, schedule.totalGranted().amount());
                ps.setBigDecimal(12, schedule.totalLeftToCluster().amount());
                ps.setBigDecimal(13, schedule.totalPrivateContributions().amount());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    position = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into funding_schedule_line (schedule_id, line_no, budget_year, period, agrement_year, date_from, date_to,
                        days_covered, days_in_year, eligible_costs, rate, cap_applied, private_contributions, granted,
                        left_to_cluster, explanation_fr, explanation_en, scheme_version, previous_granted, correction_reason)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                int n = 0;
                for (ScheduleLine l : schedule.lines()) {
                    ps.setObject(1, id);
                    ps.setInt(2, ++n);
                    ps.setInt(3, l.budgetYear());
                    ps.setInt(4, l.period());
                    ps.setInt(5, l.agrementYear());
                    ps.setDate(6, Date.valueOf(l.from()));
                    ps.setDate(7, Date.valueOf(l.to()));
                    ps.setInt(8, l.daysCovered());
                    ps.setInt(9, l.daysInYear());
                    ps.setBigDecimal(10, l.eligibleCosts().amount());
                    ps.setBigDecimal(11, l.rate());
                    ps.setBigDecimal(12, l.capApplied().amount());
                    ps.setBigDecimal(13, l.privateContributions().amount());
                    ps.setBigDecimal(14, l.granted().amount());
                    ps.setBigDecimal(15, l.leftToCluster().amount());
                    ps.setString(16, l.explanation().fr());
                    ps.setString(17, l.explanation().en());
                    ps.setString(18, l.schemeVersion());
                    ps.setBigDecimal(19, l.correction() == null ? null : l.correction().previousGranted().amount());
                    ps.setString(20, l.correction() == null ? null : l.correction().reason());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return new ComputedSchedule(id, schedule.dossierId(), schedule.scheme(), version, schedule.schemeVersion(), reason,
                    schedule.computedOn(), computedAt, schedule.inputsFingerprint(), position, schedule.lines(),
                    schedule.totalEligible(), schedule.totalGranted(), schedule.totalLeftToCluster(),
                    schedule.totalPrivateContributions());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the schedule of " + schedule.dossierId(), e);
        }
    }

    @Override
    public List<ComputedSchedule> schedulesOf(UUID dossierId) {
        return select("where s.dossier_id = ? order by s.scheme, s.version", dossierId);
    }

    @Override
    public List<ComputedSchedule> scheduleVersionsAfter(long afterPosition, int limit) {
        return select("where s.feed_position > ? order by s.feed_position limit ?", afterPosition, limit);
    }

    @Override
    public List<Commitment> commitments(int fromYear, int toYear, Optional<SchemeCode> scheme) {
        String sql = """
                select l.budget_year, s.scheme, count(distinct s.dossier_id), sum(l.granted)
                from funding_schedule s join funding_schedule_line l on l.schedule_id = s.id
                where s.id in (%s) and l.budget_year between ? and ? and (?::text is null or s.scheme = ?)
                group by l.budget_year, s.scheme order by l.budget_year, s.scheme""".formatted(CURRENT);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, fromYear);
            ps.setInt(2, toYear);
            ps.setString(3, scheme.map(Enum::name).orElse(null));
            ps.setString(4, scheme.map(Enum::name).orElse(null));
            List<Commitment> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Commitment(rs.getInt(1), SchemeCode.valueOf(rs.getString(2)), rs.getInt(3), rs.getBigDecimal(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read commitments", e);
        }
    }

    @Override
    public List<CurrentSchedule> currentSchedules(Optional<SchemeCode> scheme) {
        List<ComputedSchedule> current = scheme.isPresent()
                ? select("where s.id in (" + CURRENT + ") and s.scheme = ? order by s.dossier_id, s.scheme", scheme.get().name())
                : select("where s.id in (" + CURRENT + ") order by s.dossier_id, s.scheme");
        Map<UUID, FundingFile> files = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select dossier_id, document from funding_file where dossier_id = any (?)")) {
            ps.setArray(1, c.createArrayOf("uuid", current.stream().map(ComputedSchedule::dossierId).distinct().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    files.put(id, FundingFilePersistenceAdapter.toDomain(id,
                            json.readValue(rs.getString(2), FundingFilePersistenceAdapter.FileDocument.class)));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot read funding files", e);
        }
        return current.stream().map(s -> new CurrentSchedule(files.get(s.dossierId()), s)).toList();
    }

    private List<ComputedSchedule> select(String where, Object... params) {
        String sql = "select " + VERSION_COLUMNS + " from funding_schedule s " + where;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), SchemeCode.valueOf(rs.getString(3)),
                            rs.getInt(4), rs.getString(5), rs.getString(6), rs.getDate(7).toLocalDate(),
                            rs.getTimestamp(8).toInstant(), rs.getString(9), rs.getLong(10), new Money(rs.getBigDecimal(11)),
                            new Money(rs.getBigDecimal(12)), new Money(rs.getBigDecimal(13)), new Money(rs.getBigDecimal(14))));
                }
            }
            Map<UUID, List<ScheduleLine>> lines = lines(c, rows.stream().map(Row::id).toList());
            return rows.stream().map(r -> new ComputedSchedule(r.id, r.dossierId, r.scheme, r.version, r.policyVersion, r.reason,
                    r.computedOn, r.computedAt, r.fingerprint, r.position, lines.getOrDefault(r.id, List.of()), r.eligible,
                    r.granted, r.left, r.contributions)).toList();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read schedules", e);
        }
    }

    private static Map<UUID, List<ScheduleLine>> lines(Connection c, List<UUID> ids) throws SQLException {
        Map<UUID, List<ScheduleLine>> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                select schedule_id, budget_year, period, agrement_year, date_from, date_to, days_covered, days_in_year,
                    eligible_costs, rate, cap_applied, private_contributions, granted, left_to_cluster, explanation_fr, explanation_en,
                    scheme_version, previous_granted, correction_reason
                from funding_schedule_line where schedule_id = any (?) order by schedule_id, line_no""")) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Money granted = new Money(rs.getBigDecimal(13));
                    java.math.BigDecimal previous = rs.getBigDecimal(18);
                    ScheduleLine.Correction correction = previous == null ? null
                            : new ScheduleLine.Correction(new Money(previous), granted.minus(new Money(previous)), rs.getString(19));
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new ScheduleLine(rs.getInt(2),
                            rs.getInt(3), rs.getInt(4), rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getInt(7),
                            rs.getInt(8), new Money(rs.getBigDecimal(9)), rs.getBigDecimal(10), new Money(rs.getBigDecimal(11)),
                            new Money(rs.getBigDecimal(12)), granted, new Money(rs.getBigDecimal(14)),
                            new Explanation(rs.getString(15), rs.getString(16)), rs.getString(17), correction));
                }
            }
        }
        return out;
    }

    private record Row(UUID id, UUID dossierId, SchemeCode scheme, int version, String policyVersion, String reason,
            java.time.LocalDate computedOn, Instant computedAt, String fingerprint, long position, Money eligible, Money granted,
            Money left, Money contributions) {
    }
}
