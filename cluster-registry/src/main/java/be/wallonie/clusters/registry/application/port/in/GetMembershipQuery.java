package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.membership.Membership;
import be.wallonie.clusters.registry.domain.membership.MembershipEntry;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import java.time.LocalDate;
import java.util.List;

/** A cluster's members on a day, and its membership history; visible as the dossier is. */
public interface GetMembershipQuery {

    /** A member on the day, with its organisation's name, kind and size class as registered now. */
    record MemberOnDay(Membership membership, String name, OrganisationKind kind, SizeClass sizeClass) {
    }

    record MembersOnDay(LocalDate day, int ledgerVersion, List<MemberOnDay> members) {
    }

    record History(List<MembershipEntry> items, int page, int size, long total, int ledgerVersion) {
    }

    /** @param day null for today */
    MembersOnDay membersOn(DossierId dossier, LocalDate day, Caller caller);

    History history(DossierId dossier, int page, int size, Caller caller);
}
