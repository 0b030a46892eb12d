package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.PublishMembershipPort;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.MemberIdentity;
import be.wallonie.clusters.registry.domain.dossier.MembershipStage;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When the use cases announce a dossier's member set ({@link PublishMembershipPort}, ClusterMembershipChanged), in the
 * caller's transaction: a draft's content saved with a different member set, a submission (or renewal request), a
 * validation, and the end — withdrawal, rejection, or the agrément's expiry. A refused or withdrawn renewal does not end
 * a cluster whose agrément still runs: it is announced VALIDATED, and ENDED when that agrément expires.
 */
@ApplicationScoped
public class MembershipAnnouncements {

    /** The statuses in which a dossier's content is a cluster in preparation (its applicants edit it). */
    static final Set<DossierStatus> IN_PREPARATION = EnumSet.of(DossierStatus.DRAFT, DossierStatus.RETURNED_FOR_COMPLETION);
    /** The statuses in which an expiring agrément ends the cluster (no evaluation round of it is under way). */
    static final Set<DossierStatus> OUT_OF_ANY_ROUND = EnumSet.of(DossierStatus.VALIDATED, DossierStatus.REJECTED,
            DossierStatus.WITHDRAWN);

    private final PublishMembershipPort port;
    private final LoadOrganisationPort organisations;
    private final DecisionRecordsPort records;
    private final Clock clock;

    public MembershipAnnouncements(PublishMembershipPort port, LoadOrganisationPort organisations, DecisionRecordsPort records,
            Clock clock) {
        this.port = port;
        this.organisations = organisations;
        this.records = records;
        this.clock = clock;
    }

    /** The dossier's members as its content states them now, each organisation as it stands now. */
    public void announce(Dossier dossier, MembershipStage stage, Instant at) {
        announce(dossier, stage, organisations.memberOrganisationsOf(dossier).stream().map(MemberIdentity::of).toList(), at);
    }

    public void announce(Dossier dossier, MembershipStage stage, List<MemberIdentity> members, Instant at) {
        port.membershipChanged(dossier.id(), stage, members, at);
    }

    /**
     * A content save: announced (stage DRAFT) only while the dossier is in preparation and only when the set of member
     * organisations changed. A validated cluster's members are announced by its membership over time, not by its content.
     */
    public void contentSaved(Dossier dossier, Set<java.util.UUID> membersBefore, Instant at) {
        if (IN_PREPARATION.contains(dossier.status()) && !membersBefore.equals(Set.copyOf(dossier.content().memberIds()))) {
            announce(dossier, MembershipStage.DRAFT, at);
        }
    }

    /** Withdrawn or rejected: ENDED, unless an agrément of the cluster is still in force today (a refused renewal). */
    public void dossierClosed(Dossier dossier, Instant at) {
        LocalDate today = LocalDate.ofInstant(at, clock.getZone());
        if (records.agrementsOf(dossier.id()).stream().anyMatch(a -> a.inForceOn(today))) {
            announce(dossier, MembershipStage.VALIDATED, at);
        } else {
            port.membershipChanged(dossier.id(), MembershipStage.ENDED, List.of(), at);
        }
    }

    /** An agrément expired: the cluster ends, unless a renewal round of it is under way (its decision will say). */
    public void agrementExpired(Dossier dossier, Instant at) {
        if (OUT_OF_ANY_ROUND.contains(dossier.status())) {
            port.membershipChanged(dossier.id(), MembershipStage.ENDED, List.of(), at);
        }
    }
}
