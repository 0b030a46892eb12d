package be.wallonie.clusters.funding.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "funding_file")
public class FundingFileEntity extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "cluster_name", nullable = false)
    public String clusterName;

    @Column(name = "scheme_applied_for", nullable = false)
    public String schemeAppliedFor;

    @Column(nullable = false)
    public String status;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
}
