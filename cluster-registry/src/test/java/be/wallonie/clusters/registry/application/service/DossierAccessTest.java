package be.wallonie.clusters.registry.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.DossierAccessDeniedException;
import be.wallonie.clusters.registry.application.port.in.DossierSearchCriteria;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierContent;
import be.wallonie.clusters.registry.domain.dossier.Focus;
import be.wallonie.clusters.registry.domain.dossier.Member;
import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.dossier.Volet;
import be.wallonie.clusters.registry.domain.organisation.EnterpriseNumber;
import be.wallonie.clusters.registry.domain.organisation.Organisation;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The access rule on its own: organisations known by enterprise number, dossiers built in memory. */
class DossierAccessTest {

    static final EnterpriseNumber CORE = EnterpriseNumber.parse("0403.170.701");
    static final EnterpriseNumber PLAIN_MEMBER = EnterpriseNumber.parse("0412.345.614");
    static final EnterpriseNumber UNREGISTERED = EnterpriseNumber.parse("0412.345.713");
    static final UUID CORE_ID = UUID.randomUUID();
    static final UUID MEMBER_ID = UUID.randomUUID();

    /** The registry's organisations by enterprise number: a plain in-memory directory. */
    static final LoadOrganisationPort DIRECTORY = new LoadOrganisationPort() {
        final Map<EnterpriseNumber, UUID> ids = Map.of(CORE, CORE_ID, PLAIN_MEMBER, MEMBER_ID);

        @Override
        public Optional<Organisation> loadOrganisation(OrganisationId id) {
            return Optional.empty();
        }

        @Override
        public Optional<OrganisationId> findOrganisationId(EnterpriseNumber n) {
            return Optional.ofNullable(ids.get(n)).map(OrganisationId::new);
        }
    };

    final DossierAccess access = new DossierAccess(DIRECTORY, dossier -> Optional.empty());

    static Dossier dossier() {
        return Dossier.draft("Cluster Bois", null, Scheme.ECONOMIC_CLUSTER, Volet.VALIDATION, new Focus(Focus.Kind.MARKET, null, null),
                new DossierContent(List.of(new Member(CORE_ID, MemberRole.CORE_GROUP, null, false),
                        new Member(MEMBER_ID, MemberRole.MEMBER, null, false)), null, null, null, null, null, null, null),
                "applicant", Instant.now());
    }

    @Test
    void the_cellule_sees_and_changes_every_dossier_and_the_region_only_reads() {
        Dossier d = dossier();
        access.requireMayChange(d, Caller.cellule("c"));
        assertThat(access.maySee(d, Caller.region("r"))).isTrue();
        assertThatThrownBy(() -> access.requireMayChange(d, Caller.region("r")))
                .isInstanceOfSatisfying(DossierAccessDeniedException.class,
                        e -> assertThat(e.reason()).isEqualTo(DossierAccessDeniedException.Reason.READ_ONLY));
    }

    @Test
    void an_applicant_sees_only_dossiers_of_which_its_organisation_is_a_core_group_member() {
        Dossier d = dossier();
        access.requireMayChange(d, Caller.applicant("a", CORE));
        for (EnterpriseNumber other : new EnterpriseNumber[] {PLAIN_MEMBER, UNREGISTERED, null}) {
            assertThat(access.maySee(d, Caller.applicant("a", other))).isFalse();
            assertThatThrownBy(() -> access.requireMaySee(d, Caller.applicant("a", other)))
                    .isInstanceOf(DossierAccessDeniedException.class);
        }
    }

    @Test
    void the_employer_of_the_dossier_s_animateur_acts_for_the_dossier_like_a_core_group_applicant() {
        Dossier d = dossier();
        // the plain member's organisation employs the animateur of this dossier, and of no other
        DossierAccess withAnimateur = new DossierAccess(DIRECTORY,
                dossier -> dossier.equals(d.id()) ? Optional.of(MEMBER_ID) : Optional.empty());
        withAnimateur.requireMayChange(d, Caller.applicant("animateur", PLAIN_MEMBER));
        assertThat(withAnimateur.maySee(d, Caller.applicant("a", CORE))).isTrue();
        assertThat(withAnimateur.maySee(dossier(), Caller.applicant("animateur", PLAIN_MEMBER))).isFalse();
        assertThat(withAnimateur.maySee(d, Caller.applicant("stranger", UNREGISTERED))).isFalse();
        assertThatThrownBy(() -> withAnimateur.requireMayChange(d, Caller.region("r")))
                .isInstanceOf(DossierAccessDeniedException.class);
    }

    @Test
    void an_applicant_searches_only_among_its_dossiers() {
        DossierSearchCriteria all = new DossierSearchCriteria(null, null, "bois", null, 0, 20);
        assertThat(access.visibleTo(all, Caller.cellule("c"))).contains(all);
        assertThat(access.visibleTo(all, Caller.applicant("a", CORE))).get()
                .extracting(DossierSearchCriteria::actingOrganisation).isEqualTo(CORE_ID);
        assertThat(access.visibleTo(all, Caller.applicant("a", UNREGISTERED))).isEmpty();
    }
}
