package be.wallonie.clusters.contracts.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A cluster in preparation (a draft, or a dossier in validation phase) receives time-limited co-funding of its
 * animateur while it formalises its dossier ("aides à la formalisation par animateurs", "cofinancement … pour les
 * clusters en phase de validation", limited in time, 000 III.2). PreparationSupportEnded cuts it short.
 *
 * @param supportId    the support
 * @param dossierId    the cluster's dossier (aggregate id, Kafka key)
 * @param clusterName  the cluster's name
 * @param startDate    first day of the support
 * @param endDate      last day asked for (the funding scheme may cut it shorter)
 * @param beneficiary  the organisation employing the animateur
 * @param animator     the animateur post and its eligible yearly cost
 * @param grantedBy    the subject of the Region's officer
 * @param grantedAt    when it was recorded
 * @param coreGroupOrganisationIds the dossier's core group (noyau dur) at grant time, the registry's organisation ids
 *                     (added in v1, absent from earlier events: read as empty)
 * @param coreGroupEnterpriseNumbers the enterprise numbers of the core-group members that have one (an applicant's
 *                                   token names its organisation by enterprise number); null in older events
 */
public record PreparationSupportGrantedV1(
        UUID supportId,
        UUID dossierId,
        String clusterName,
        LocalDate startDate,
        LocalDate endDate,
        ClusterPartiesV1.Beneficiary beneficiary,
        ClusterPartiesV1.AnimatorPost animator,
        String grantedBy,
        OffsetDateTime grantedAt,
        List<UUID> coreGroupOrganisationIds,
        List<String> coreGroupEnterpriseNumbers) {

    /** Without the core group's enterprise numbers (producers before they were carried). */
    public PreparationSupportGrantedV1(UUID supportId, UUID dossierId, String clusterName, LocalDate startDate, LocalDate endDate,
            ClusterPartiesV1.Beneficiary beneficiary, ClusterPartiesV1.AnimatorPost animator, String grantedBy,
            OffsetDateTime grantedAt, List<UUID> coreGroupOrganisationIds) {
        this(supportId, dossierId, clusterName, startDate, endDate, beneficiary, animator, grantedBy, grantedAt,
                coreGroupOrganisationIds, null);
    }

    public PreparationSupportGrantedV1 {
        coreGroupOrganisationIds = coreGroupOrganisationIds == null ? List.of() : List.copyOf(coreGroupOrganisationIds);
    }

    /** As before the core group was carried (older producers, tests). */
    public PreparationSupportGrantedV1(UUID supportId, UUID dossierId, String clusterName, LocalDate startDate, LocalDate endDate,
            ClusterPartiesV1.Beneficiary beneficiary, ClusterPartiesV1.AnimatorPost animator, String grantedBy,
            OffsetDateTime grantedAt) {
        this(supportId, dossierId, clusterName, startDate, endDate, beneficiary, animator, grantedBy, grantedAt, List.of());
    }
}
