package be.wallonie.clusters.evaluation.adapter.out.persistence;

import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.out.ConflictingChangeException;
import be.wallonie.clusters.evaluation.application.port.out.PolicyEvaluationFindingsPort;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationFindings;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationFindings.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The findings of stored reports (V21): the current version per report, and every version in the history. A version
 * is stored only over the one before it, so two writers of the same version cannot both succeed.
 */
@ApplicationScoped
class PolicyEvaluationFindingsPersistenceAdapter implements PolicyEvaluationFindingsPort {

    private final Jdbc jdbc;

    PolicyEvaluationFindingsPersistenceAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PolicyEvaluationFindings> loadFindings(UUID evaluationId, boolean forUpdate) {
        // Locking the report's row serialises the writers of its findings, the first version included.
        boolean exists = !jdbc.query("select id from policy_evaluation where id = ?" + (forUpdate ? " for update" : ""),
                rs -> rs.getObject(1, UUID.class), evaluationId).isEmpty();
        if (!exists) {
            return Optional.empty();
        }
        return Optional.of(jdbc.query("""
                select evaluation_id, version, findings_fr, findings_en, recommendations_fr, recommendations_en, written_at,
                    written_by, finalised_at, finalised_by
                from policy_evaluation_findings where evaluation_id = ?""", PolicyEvaluationFindingsPersistenceAdapter::current,
                evaluationId).stream().findFirst().orElse(PolicyEvaluationFindings.none(evaluationId)));
    }

    @Override
    public void saveFindings(PolicyEvaluationFindings f, PolicyEvaluationFindings.Action action) {
        int changed = f.version() == 1
                ? jdbc.update("""
                        insert into policy_evaluation_findings (evaluation_id, version, findings_fr, findings_en, recommendations_fr,
                            recommendations_en, written_at, written_by, finalised_at, finalised_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", f.evaluationId(), f.version(),
                        f.findings().fr(), f.findings().en(), f.recommendations().fr(), f.recommendations().en(), f.writtenAt(),
                        f.writtenBy(), f.finalisedAt(), f.finalisedBy())
                : jdbc.update("""
                        update policy_evaluation_findings set version = ?, findings_fr = ?, findings_en = ?, recommendations_fr = ?,
                            recommendations_en = ?, written_at = ?, written_by = ?, finalised_at = ?, finalised_by = ?
                        where evaluation_id = ? and version = ?""", f.version(), f.findings().fr(), f.findings().en(),
                        f.recommendations().fr(), f.recommendations().en(), f.writtenAt(), f.writtenBy(), f.finalisedAt(),
                        f.finalisedBy(), f.evaluationId(), f.version() - 1);
        if (changed != 1) {
            throw new ConflictingChangeException("findings of " + f.evaluationId() + " changed concurrently", null);
        }
        boolean finalised = action == PolicyEvaluationFindings.Action.FINALISED;
        jdbc.update("""
                insert into policy_evaluation_findings_history (evaluation_id, version, action, findings_fr, findings_en,
                    recommendations_fr, recommendations_en, at, by_subject)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", f.evaluationId(), f.version(), action.name(), f.findings().fr(),
                f.findings().en(), f.recommendations().fr(), f.recommendations().en(),
                finalised ? f.finalisedAt() : f.writtenAt(), finalised ? f.finalisedBy() : f.writtenBy());
    }

    @Override
    public Page<PolicyEvaluationFindings.HistoryEntry> findingsHistory(UUID evaluationId, int page, int size) {
        long total = jdbc.count("select count(*) from policy_evaluation_findings_history where evaluation_id = ?", evaluationId);
        List<PolicyEvaluationFindings.HistoryEntry> items = jdbc.query("""
                select evaluation_id, version, action, findings_fr, findings_en, recommendations_fr, recommendations_en, at,
                    by_subject
                from policy_evaluation_findings_history where evaluation_id = ?
                order by version desc limit ? offset ?""", PolicyEvaluationFindingsPersistenceAdapter::entry, evaluationId, size,
                (long) page * size);
        return new Page<>(items, page, size, total);
    }

    private static PolicyEvaluationFindings current(ResultSet rs) throws SQLException {
        return new PolicyEvaluationFindings(rs.getObject("evaluation_id", UUID.class), rs.getLong("version"),
                new Texts(rs.getString("findings_fr"), rs.getString("findings_en")),
                new Texts(rs.getString("recommendations_fr"), rs.getString("recommendations_en")), Jdbc.instant(rs, "written_at"),
                rs.getString("written_by"), Jdbc.instant(rs, "finalised_at"), rs.getString("finalised_by"));
    }

    private static PolicyEvaluationFindings.HistoryEntry entry(ResultSet rs) throws SQLException {
        PolicyEvaluationFindings.Action action = PolicyEvaluationFindings.Action.valueOf(rs.getString("action"));
        boolean finalised = action == PolicyEvaluationFindings.Action.FINALISED;
        java.time.Instant at = Jdbc.instant(rs, "at");
        String by = rs.getString("by_subject");
        PolicyEvaluationFindings f = new PolicyEvaluationFindings(rs.getObject("evaluation_id", UUID.class), rs.getLong("version"),
                new Texts(rs.getString("findings_fr"), rs.getString("findings_en")),
                new Texts(rs.getString("recommendations_fr"), rs.getString("recommendations_en")), finalised ? null : at,
                finalised ? null : by, finalised ? at : null, finalised ? by : null);
        return new PolicyEvaluationFindings.HistoryEntry(f, action, at, by);
    }
}
