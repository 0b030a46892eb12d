package be.wallonie.clusters.registry.adapter.out.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.util.UUID;

@Entity
@Table(name = "dossier")
public class DossierEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    public String acronym;

    @Column(nullable = false)
    public String scheme;

    @Column(name = "entry_volet", nullable = false)
    public String entryVolet;

    @Column(name = "focus_kind", nullable = false)
    public String focusKind;

    @Column(name = "focus_domain")
    public String focusDomain;

    @Column(name = "focus_description")
    public String focusDescription;

    /** The content document (members, relations, objectives, action plan…), see {@link DossierDocuments}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "content", nullable = false, columnDefinition = "jsonb")
    public String content;

    @Column(nullable = false)
    public String status;

    @Column(name = "snapshot_version", nullable = false)
    public int snapshotVersion;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
