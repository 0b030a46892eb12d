package be.wallonie.clusters.evaluation.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "evaluation_case")
public class EvaluationCaseEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "dossier_id", nullable = false)
    public UUID dossierId;

    @Column(name = "snapshot_version", nullable = false)
    public int snapshotVersion;

    @Column(nullable = false)
    public int round;

    @Column(nullable = false)
    public String status;

    @Column(name = "closed_reason")
    public String closedReason;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "call_id")
    public UUID callId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column
    public String scheme;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "snapshot", nullable = false, columnDefinition = "jsonb")
    public String snapshot;
}
