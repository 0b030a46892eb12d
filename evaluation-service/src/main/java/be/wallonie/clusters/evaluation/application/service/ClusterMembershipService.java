package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.in.RecordClusterMembershipCommand;
import be.wallonie.clusters.evaluation.application.port.in.RecordClusterMembershipUseCase;
import be.wallonie.clusters.evaluation.application.port.out.ClusterMembershipsPort;
import be.wallonie.clusters.evaluation.domain.expert.ClusterMembership;
import be.wallonie.clusters.evaluation.domain.expert.ClusterStage;
import be.wallonie.clusters.evaluation.domain.expert.EnterpriseNumber;
import be.wallonie.clusters.evaluation.domain.expert.OrganisationName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Applies the registry's announcements of member sets (state transfer): per dossier only a higher sequence than the last
 * applied replaces the set; then every expert seated on an open panel is checked again, through the same removal path
 * as a new snapshot ({@link ConflictOfInterestService#clusterMembershipChanged}), in the same transaction. An ENDED set
 * removes the dossier's members (its snapshots' too) from what the rule sees: for future compositions, nobody removed
 * before is seated again.
 */
@ApplicationScoped
public class ClusterMembershipService implements RecordClusterMembershipUseCase {

    private final ClusterMembershipsPort memberships;
    private final ConflictOfInterestService conflicts;

    public ClusterMembershipService(ClusterMembershipsPort memberships, ConflictOfInterestService conflicts) {
        this.memberships = memberships;
        this.conflicts = conflicts;
    }

    @Override
    @Transactional
    public Outcome recordClusterMembership(RecordClusterMembershipCommand c) {
        OptionalLong last = memberships.lockAnnouncedSequence(c.dossierId());
        if (last.isPresent() && c.sequence() <= last.getAsLong()) {
            return Outcome.OUT_OF_ORDER;
        }
        List<ClusterMembership> members = c.members().stream().map(m -> membership(m, c)).flatMap(Optional::stream)
                .collect(java.util.stream.Collectors.toMap(ClusterMembership::organisationKey, m -> m, (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
        memberships.replaceAnnouncedMembers(c.dossierId(), c.sequence(), c.stage(), members, c.changedAt());
        if (c.stage() != ClusterStage.ENDED && !members.isEmpty()) {
            conflicts.clusterMembershipChanged();
        }
        return Outcome.APPLIED;
    }

    /** By its Belgian number when it has one, else by name and country (as a snapshot's member). */
    private static Optional<ClusterMembership> membership(RecordClusterMembershipCommand.Member m, RecordClusterMembershipCommand c) {
        Optional<String> number = EnterpriseNumber.normalise(m.enterpriseNumber());
        if (number.isEmpty() && OrganisationName.key(m.name(), m.country()) == null) {
            return Optional.empty();
        }
        return Optional.of(ClusterMembership.announced(number.orElse(null), m.name(), m.country(), c.dossierId(), c.stage()));
    }
}
