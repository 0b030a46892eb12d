package be.wallonie.clusters.registry.domain.dossier;

import java.util.UUID;

/**
 * A member of the cluster: a registered organisation, its role, and for the core group its co-optation.
 *
 * @param decisionCentreAbroad the member's decision centre is abroad (a risk factor of II.2 when a large member is passive)
 */
public record Member(UUID organisationId, MemberRole role, CoOptation coOptation, boolean decisionCentreAbroad) {
}
