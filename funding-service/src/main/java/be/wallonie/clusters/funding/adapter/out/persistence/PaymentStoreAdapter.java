package be.wallonie.clusters.funding.adapter.out.persistence;

import be.wallonie.clusters.funding.application.port.out.PaymentStorePort;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.payment.LineKey;
import be.wallonie.clusters.funding.domain.payment.Payment;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Payments in {@code funding_payment} (insert-only), plain JDBC in the caller's transaction. */
@ApplicationScoped
class PaymentStoreAdapter implements PaymentStorePort {

    private static final String COLUMNS = """
            select id, dossier_id, scheme, period, agrement_year, budget_year, amount, paid_on, reference, schedule_id,
                schedule_version, recorded_by, recorded_at from funding_payment""";

    private final AgroalDataSource dataSource;

    PaymentStoreAdapter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Payment> paymentByReference(UUID dossierId, String reference) {
        return select("where dossier_id = ? and reference = ?", dossierId, reference).stream().findFirst();
    }

    @Override
    public Optional<Payment> payment(UUID dossierId, UUID paymentId) {
        return select("where dossier_id = ? and id = ?", dossierId, paymentId).stream().findFirst();
    }

    @Override
    public List<Payment> paymentsOf(UUID dossierId) {
        return select("where dossier_id = ? order by seq", dossierId);
    }

    @Override
    public List<Payment> paymentsOf(UUID dossierId, long offset, int limit) {
        return select("where dossier_id = ? order by seq offset ? limit ?", dossierId, offset, limit);
    }

    @Override
    public long countPayments(UUID dossierId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from funding_payment where dossier_id = ?")) {
            ps.setObject(1, dossierId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the payments of " + dossierId, e);
        }
    }

    @Override
    public Map<UUID, List<Payment>> paymentsOf(Collection<UUID> dossierIds) {
        Map<UUID, List<Payment>> out = new LinkedHashMap<>();
        if (dossierIds.isEmpty()) {
            return out;
        }
        try (Connection c = dataSource.getConnection()) {
            for (Payment p : select(c, "where dossier_id = any (?) order by seq", c.createArrayOf("uuid", dossierIds.toArray()))) {
                out.computeIfAbsent(p.dossierId(), k -> new ArrayList<>()).add(p);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read payments", e);
        }
    }

    @Override
    public void savePayment(Payment p) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into funding_payment (id, dossier_id, scheme, period, agrement_year, budget_year, amount, paid_on, reference,
                    schedule_id, schedule_version, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, p.id());
            ps.setObject(2, p.dossierId());
            ps.setString(3, p.scheme().name());
            ps.setInt(4, p.line().period());
            ps.setInt(5, p.line().agrementYear());
            ps.setInt(6, p.line().budgetYear());
            ps.setBigDecimal(7, p.amount().amount());
            ps.setDate(8, Date.valueOf(p.paidOn()));
            ps.setString(9, p.reference());
            ps.setObject(10, p.scheduleId());
            ps.setInt(11, p.scheduleVersion());
            ps.setString(12, p.recordedBy());
            ps.setTimestamp(13, Timestamp.from(p.recordedAt()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store payment " + p.reference() + " of " + p.dossierId(), e);
        }
    }

    private List<Payment> select(String where, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return select(c, where, params);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read payments", e);
        }
    }

    private static List<Payment> select(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COLUMNS + " " + where)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Payment> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Payment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), SchemeCode.valueOf(rs.getString(3)),
                            new LineKey(rs.getInt(4), rs.getInt(5), rs.getInt(6)), new Money(rs.getBigDecimal(7)),
                            rs.getDate(8).toLocalDate(), rs.getString(9), rs.getObject(10, UUID.class), rs.getInt(11), rs.getString(12),
                            rs.getTimestamp(13).toInstant()));
                }
            }
            return out;
        }
    }
}
