package be.wallonie.clusters.registry.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The audit trail of the lifecycle: who moved a dossier, when, from where to where, and why. */
@Entity
@Table(name = "dossier_status_change")
public class DossierStatusChangeEntity extends PanacheEntity {

    @Column(name = "dossier_id", nullable = false)
    public UUID dossierId;

    @Column(name = "from_status", nullable = false)
    public String fromStatus;

    @Column(name = "to_status", nullable = false)
    public String toStatus;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public String reason;
}
