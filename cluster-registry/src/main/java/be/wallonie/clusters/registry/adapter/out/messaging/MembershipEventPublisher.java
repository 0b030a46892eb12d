package be.wallonie.clusters.registry.adapter.out.messaging;

import be.wallonie.clusters.contracts.EventCatalog;
import be.wallonie.clusters.contracts.registry.ClusterMembershipChangedV1;
import be.wallonie.clusters.foundation.outbox.OutboxWriter;
import be.wallonie.clusters.registry.application.port.out.PublishMembershipPort;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.MemberIdentity;
import be.wallonie.clusters.registry.domain.dossier.MembershipStage;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ClusterMembershipChanged to the outbox, keyed by the dossier. Its {@code sequence} comes from the dossier's row of
 * {@code cluster_membership_sequence} (V26), incremented in the caller's transaction: the row lock orders two
 * concurrent announcements of one dossier, so the sequence is strictly increasing per dossier (gaps are possible only
 * from rolled-back transactions, which publish nothing).
 */
@ApplicationScoped
class MembershipEventPublisher implements PublishMembershipPort {

    private final OutboxWriter outbox;
    private final AgroalDataSource dataSource;

    MembershipEventPublisher(OutboxWriter outbox, AgroalDataSource dataSource) {
        this.outbox = outbox;
        this.dataSource = dataSource;
    }

    @Override
    public void membershipChanged(DossierId dossierId, MembershipStage stage, List<MemberIdentity> members, Instant at) {
        // one entry per organisation, in the order given
        Map<java.util.UUID, ClusterMembershipChangedV1.MemberIdentity> distinct = new LinkedHashMap<>();
        if (stage != MembershipStage.ENDED) {
            members.forEach(m -> distinct.putIfAbsent(m.organisationId(), new ClusterMembershipChangedV1.MemberIdentity(m.organisationId(),
                    m.enterpriseNumber(), m.name(), m.country())));
        }
        String id = dossierId.toString();
        outbox.append(EventCatalog.CLUSTER_MEMBERSHIP_CHANGED, id, id, new ClusterMembershipChangedV1(dossierId.value(),
                nextSequence(dossierId), stage.name(), List.copyOf(distinct.values()), at.atOffset(ZoneOffset.UTC)));
    }

    private long nextSequence(DossierId dossierId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into cluster_membership_sequence (dossier_id, last_sequence) values (?, 1)
                on conflict (dossier_id) do update set last_sequence = cluster_membership_sequence.last_sequence + 1
                returning last_sequence""")) {
            ps.setObject(1, dossierId.value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot number the membership announcement of dossier " + dossierId, e);
        }
    }
}
