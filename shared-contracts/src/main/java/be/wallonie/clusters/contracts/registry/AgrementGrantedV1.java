package be.wallonie.clusters.contracts.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A validated cluster received its agrément (first period). Carries what the funding service needs to
 * compute the scheme's funding, so it never calls the registry.
 *
 * @param agrementId               the agrément
 * @param dossierId                the cluster's dossier (aggregate id, Kafka key)
 * @param clusterName              the cluster's name
 * @param scheme                   {@code ECONOMIC_CLUSTER}, {@code TECHNOLOGY_GRAPE} or {@code COMPETITIVENESS_POLE}
 * @param periodNumber             1 for a first agrément
 * @param startDate                first day of the agrément (from the decision date by default)
 * @param endDate                  last day of the agrément (3 years by default)
 * @param decisionId               the Region's decision that granted it
 * @param beneficiary              the organisation that receives the funding: for an economic cluster the animateur's
 *                                 employer, for a technology grape or a competitiveness pole the funded beneficiary
 *                                 the dossier declared
 * @param animator                 the animateur post and its eligible yearly cost; always present for an economic
 *                                 cluster, null for a grape or a pole that declared no post
 * @param privateContributions     yearly private contributions declared in the dossier (poles), in euros
 * @param grantedAt                when it was recorded
 * @param eligibleYearlyCosts      the yearly eligible cost the scheme funds by default, in euros: the animateur post's
 *                                 yearly cost (economic cluster), the grape's declared yearly eligible costs
 *                                 (technology grape), null for a pole (funded by its approved projects). Added within
 *                                 v1: absent (null) from earlier events
 * @param coreGroupOrganisationIds the core group (noyau dur) of the judged snapshot: the organisations that may read
 *                                 the cluster's funding. Added within v1: absent (null) from earlier events
 * @param coreGroupEnterpriseNumbers the enterprise numbers of the core-group members that have one (an applicant's
 *                                   token names its organisation by enterprise number); null in older events
 */
public record AgrementGrantedV1(
        UUID agrementId,
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
        OffsetDateTime grantedAt,
        BigDecimal eligibleYearlyCosts,
        List<UUID> coreGroupOrganisationIds,
        List<String> coreGroupEnterpriseNumbers) {

    /** Without the core group's enterprise numbers (producers before they were carried). */
    public AgrementGrantedV1(UUID agrementId, UUID dossierId, String clusterName, String scheme, int periodNumber,
            LocalDate startDate, LocalDate endDate, UUID decisionId, ClusterPartiesV1.Beneficiary beneficiary,
            ClusterPartiesV1.AnimatorPost animator, BigDecimal privateContributions, OffsetDateTime grantedAt,
            BigDecimal eligibleYearlyCosts, List<UUID> coreGroupOrganisationIds) {
        this(agrementId, dossierId, clusterName, scheme, periodNumber, startDate, endDate, decisionId, beneficiary, animator,
                privateContributions, grantedAt, eligibleYearlyCosts, coreGroupOrganisationIds, null);
    }

    /** As before the eligible yearly costs and the core group were carried (older producers, tests). */
    public AgrementGrantedV1(UUID agrementId, UUID dossierId, String clusterName, String scheme, int periodNumber,
            LocalDate startDate, LocalDate endDate, UUID decisionId, ClusterPartiesV1.Beneficiary beneficiary,
            ClusterPartiesV1.AnimatorPost animator, BigDecimal privateContributions, OffsetDateTime grantedAt) {
        this(agrementId, dossierId, clusterName, scheme, periodNumber, startDate, endDate, decisionId, beneficiary, animator,
                privateContributions, grantedAt, null, null, null);
    }
}
