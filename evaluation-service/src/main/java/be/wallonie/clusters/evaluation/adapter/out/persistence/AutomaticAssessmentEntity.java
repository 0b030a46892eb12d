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
@Table(name = "automatic_assessment")
public class AutomaticAssessmentEntity extends PanacheEntityBase {

    @Id
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "policy_version", nullable = false)
    public String policyVersion;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Column(name = "applied_for_scheme", nullable = false)
    public String appliedForScheme;

    @Column(name = "routed_scheme", nullable = false)
    public String routedScheme;

    @Column(name = "satisfied_count", nullable = false)
    public int satisfiedCount;

    @Column(name = "not_satisfied_count", nullable = false)
    public int notSatisfiedCount;

    @Column(name = "needs_expert_judgement_count", nullable = false)
    public int needsExpertJudgementCount;

    @Column(name = "all_necessary_satisfied", nullable = false)
    public boolean allNecessarySatisfied;

    @Column(name = "warning_count", nullable = false)
    public int warningCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "routing", nullable = false, columnDefinition = "jsonb")
    public String routing;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "results", nullable = false, columnDefinition = "jsonb")
    public String results;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "warnings", nullable = false, columnDefinition = "jsonb")
    public String warnings;
}
