package be.wallonie.clusters.evaluation.application.port.in;

import be.wallonie.clusters.evaluation.domain.expert.ClusterStage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The registry announced the full current member set of a draft or a cluster (ClusterMembershipChanged): identities
 * only. An {@code ENDED} set is empty whatever the message says.
 *
 * @param sequence strictly increasing per dossier: only a higher one than the last applied changes anything
 */
public record RecordClusterMembershipCommand(UUID dossierId, long sequence, ClusterStage stage, List<Member> members, Instant changedAt) {

    public RecordClusterMembershipCommand {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(changedAt, "changedAt");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be >= 0");
        }
        members = stage == ClusterStage.ENDED || members == null ? List.of() : List.copyOf(members);
    }

    /** @param enterpriseNumber the Belgian number, any usual format; null abroad */
    public record Member(String enterpriseNumber, String name, String country) {
    }
}
