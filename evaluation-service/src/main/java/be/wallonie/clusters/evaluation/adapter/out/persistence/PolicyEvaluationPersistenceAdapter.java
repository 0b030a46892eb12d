package be.wallonie.clusters.evaluation.adapter.out.persistence;

import be.wallonie.clusters.evaluation.application.port.in.Page;
import be.wallonie.clusters.evaluation.application.port.out.LoadPolicyEvaluationPort;
import be.wallonie.clusters.evaluation.application.port.out.SavePolicyEvaluationPort;
import be.wallonie.clusters.evaluation.domain.policy.PolicyEvaluationReport;
import be.wallonie.clusters.evaluation.domain.policy.StoredPolicyEvaluation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored reports (V11): insert-only. The figures are kept as the report's JSON, exact numbers and ISO dates, so a
 * report reads back equal to the one computed; its method version names the shape it was written in.
 */
@ApplicationScoped
class PolicyEvaluationPersistenceAdapter implements SavePolicyEvaluationPort, LoadPolicyEvaluationPort {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final Jdbc jdbc;

    PolicyEvaluationPersistenceAdapter(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void savePolicyEvaluation(StoredPolicyEvaluation e) {
        PolicyEvaluationReport r = e.report();
        String json;
        try {
            json = JSON.writeValueAsString(r);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
        jdbc.update("""
                insert into policy_evaluation (id, period_from, period_to, method_version, computed_at, computed_by, report)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))""", e.id(), r.period().from(), r.period().to(), r.methodVersion(),
                e.computedAt(), e.computedBy(), json);
    }

    @Override
    public Optional<StoredPolicyEvaluation> loadPolicyEvaluation(UUID id) {
        return jdbc.query("select id, computed_at, computed_by, report::text as report from policy_evaluation where id = ?",
                PolicyEvaluationPersistenceAdapter::read, id).stream().findFirst();
    }

    @Override
    public Page<StoredPolicyEvaluation> loadPolicyEvaluations(int page, int size) {
        long total = jdbc.count("select count(*) from policy_evaluation");
        List<StoredPolicyEvaluation> items = jdbc.query("""
                select id, computed_at, computed_by, report::text as report from policy_evaluation
                order by computed_at desc, id limit ? offset ?""", PolicyEvaluationPersistenceAdapter::read, size,
                (long) page * size);
        return new Page<>(items, page, size, total);
    }

    private static StoredPolicyEvaluation read(ResultSet rs) throws SQLException {
        try {
            return new StoredPolicyEvaluation(rs.getObject("id", UUID.class), Jdbc.instant(rs, "computed_at"),
                    rs.getString("computed_by"), JSON.readValue(rs.getString("report"), PolicyEvaluationReport.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report unreadable", e);
        }
    }
}
