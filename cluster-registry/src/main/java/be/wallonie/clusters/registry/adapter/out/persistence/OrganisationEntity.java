package be.wallonie.clusters.registry.adapter.out.persistence;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "organisation")
@NamedQuery(name = OrganisationEntity.BY_ID_WITH_COLLECTIONS, query = "select o from OrganisationEntity o "
        + "left join fetch o.establishments left join fetch o.naceCodes where o.id = :id")
public class OrganisationEntity {

    /**
     * One organisation with its establishments and NACE codes in one statement (two indexed lists: their product is a
     * handful of rows for one organisation); translated once at boot, not per request (issue #13).
     */
    static final String BY_ID_WITH_COLLECTIONS = "OrganisationEntity.byIdWithCollections";

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(name = "enterprise_number")
    public String enterpriseNumber;

    @Column(nullable = false)
    public String kind;

    @Column(name = "size_class")
    public String sizeClass;

    public Integer employees;

    @Column(name = "corporate_group")
    public String corporateGroup;

    @Column(nullable = false)
    public String region;

    @ElementCollection
    @CollectionTable(name = "establishment", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    public List<EstablishmentEmbeddable> establishments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "organisation_nace_code", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false)
    public List<String> naceCodes = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
