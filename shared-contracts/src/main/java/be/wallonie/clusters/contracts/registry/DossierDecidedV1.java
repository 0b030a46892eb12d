package be.wallonie.clusters.contracts.registry;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The Region decided on a dossier after the Comité's opinion. The Region decides, the Comité advises:
 * a decision that departs from the opinion carries a written justification.
 *
 * @param decisionId         the decision
 * @param dossierId          the dossier (aggregate id, Kafka key)
 * @param snapshotVersion    the snapshot the decision is about
 * @param scheme             {@code ECONOMIC_CLUSTER}, {@code TECHNOLOGY_GRAPE} or {@code COMPETITIVENESS_POLE}
 * @param outcome            {@code VALIDATED} or {@code REJECTED}
 * @param opinionId          the Comité's opinion the decision follows or departs from
 * @param opinion            that opinion: {@code FAVOURABLE}, {@code FAVOURABLE_WITH_CONDITIONS} or {@code UNFAVOURABLE}
 * @param departsFromOpinion whether the decision goes against the opinion
 * @param justification      the written justification; required when the decision departs from the opinion
 * @param decidedBy          the subject of the Region's officer
 * @param decidedAt          when the decision was recorded
 */
public record DossierDecidedV1(
        UUID decisionId,
        UUID dossierId,
        int snapshotVersion,
        String scheme,
        String outcome,
        UUID opinionId,
        String opinion,
        boolean departsFromOpinion,
        String justification,
        String decidedBy,
        OffsetDateTime decidedAt) {
}
