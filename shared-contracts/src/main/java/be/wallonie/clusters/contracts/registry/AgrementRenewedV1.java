package be.wallonie.clusters.contracts.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * After a new evaluation, the Region renewed a cluster's agrément: the next period starts, funded at
 * that period's (lower) rate.
 *
 * @param agrementId               the new period's agrément
 * @param previousAgrementId       the agrément it follows
 * @param dossierId                the cluster's dossier (aggregate id, Kafka key)
 * @param clusterName              the cluster's name
 * @param scheme                   the scheme
 * @param periodNumber             2, 3…
 * @param startDate                first day of the new period
 * @param endDate                  last day of the new period
 * @param decisionId               the Region's decision that renewed it
 * @param beneficiary              the organisation that receives the funding: for an economic cluster the animateur's
 *                                 employer, for a technology grape or a competitiveness pole the funded beneficiary
 *                                 the renewal's snapshot declared
 * @param animator                 the animateur post and its eligible yearly cost for the new period; always present
 *                                 for an economic cluster, null for a grape or a pole that declared no post
 * @param privateContributions     yearly private contributions (poles), in euros
 * @param renewedAt                when it was recorded
 * @param eligibleYearlyCosts      the yearly eligible cost the scheme funds by default for the new period, in euros:
 *                                 the animateur post's yearly cost (economic cluster), the grape's declared yearly
 *                                 eligible costs (technology grape), null for a pole (funded by its approved
 *                                 projects). Added within v1: absent (null) from earlier events
 * @param coreGroupOrganisationIds the core group (noyau dur) of the judged snapshot: the organisations that may read
 *                                 the cluster's funding. Added within v1: absent (null) from earlier events
 * @param coreGroupEnterpriseNumbers the enterprise numbers of the core-group members that have one (an applicant's
 *                                   token names its organisation by enterprise number); null in older events
 */
public record AgrementRenewedV1(
        UUID agrementId,
        UUID previousAgrementId,
        UUID dossierId,
        String clusterName,
        String scheme,
        int periodNumber,
        LocalDate startDate,
        LocalDate endDate,
        UUID decisionId,
        ClusterPartiesV1.Beneficiary beneficiary,
        ClusterPartiesV1.AnimatorPost animator,
        BigDecimal privateContributions,
        OffsetDateTime renewedAt,
        BigDecimal eligibleYearlyCosts,
        List<UUID> coreGroupOrganisationIds,
        List<String> coreGroupEnterpriseNumbers) {

    /** Without the core group's enterprise numbers (producers before they were carried). */
    public AgrementRenewedV1(UUID agrementId, UUID previousAgrementId, UUID dossierId, String clusterName, String scheme,
            int periodNumber, LocalDate startDate, LocalDate endDate, UUID decisionId,
            ClusterPartiesV1.Beneficiary beneficiary, ClusterPartiesV1.AnimatorPost animator,
            BigDecimal privateContributions, OffsetDateTime renewedAt, BigDecimal eligibleYearlyCosts,
            List<UUID> coreGroupOrganisationIds) {
        this(agrementId, previousAgrementId, dossierId, clusterName, scheme, periodNumber, startDate, endDate, decisionId,
                beneficiary, animator, privateContributions, renewedAt, eligibleYearlyCosts, coreGroupOrganisationIds, null);
    }

    /** As before the eligible yearly costs and the core group were carried (older producers, tests). */
    public AgrementRenewedV1(UUID agrementId, UUID previousAgrementId, UUID dossierId, String clusterName, String scheme,
            int periodNumber, LocalDate startDate, LocalDate endDate, UUID decisionId,
            ClusterPartiesV1.Beneficiary beneficiary, ClusterPartiesV1.AnimatorPost animator,
            BigDecimal privateContributions, OffsetDateTime renewedAt) {
        this(agrementId, previousAgrementId, dossierId, clusterName, scheme, periodNumber, startDate, endDate, decisionId,
                beneficiary, animator, privateContributions, renewedAt, null, null, null);
    }
}
