package be.wallonie.clusters.registry.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DossierLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private static Dossier draft() {
        return Dossier.draft("Cluster Bois", "CB", Scheme.ECONOMIC_CLUSTER, Volet.VALIDATION,
                new Focus(Focus.Kind.MARKET, "construction bois", null), "applicant-1", NOW);
    }

    @Test
    void submission_freezes_a_new_snapshot_version_and_records_who_and_when() {
        Dossier d = draft();
        DossierSubmitted submitted = d.submit("applicant-1", NOW);

        assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(submitted.snapshot().snapshotVersion()).isEqualTo(1);
        assertThat(submitted.snapshot().name()).isEqualTo("Cluster Bois");
        assertThat(d.pendingChanges()).containsExactly(
                new StatusChange(DossierStatus.DRAFT, DossierStatus.SUBMITTED, "applicant-1", NOW, "soumission au concours"));
    }

    @Test
    void the_comite_taking_up_a_submitted_dossier_puts_it_under_evaluation() {
        Dossier d = draft();
        d.submit("applicant-1", NOW);
        d.startEvaluation("comite", NOW);
        assertThat(d.status()).isEqualTo(DossierStatus.UNDER_EVALUATION);
    }

    @Test
    void a_dossier_cannot_be_submitted_twice() {
        Dossier d = draft();
        d.submit("applicant-1", NOW);
        assertThatThrownBy(() -> d.submit("applicant-1", NOW))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("SUBMITTED cannot go to SUBMITTED");
        assertThat(d.snapshotVersion()).isEqualTo(1);
    }

    @Test
    void the_region_decides_only_once_the_opinion_is_in() {
        Dossier d = draft();
        assertThatThrownBy(() -> d.decide(true, "region", NOW, null)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("DRAFT cannot go to VALIDATED");
        d.submit("applicant-1", NOW);
        d.startEvaluation("comite", NOW);
        assertThatThrownBy(() -> d.decide(false, "region", NOW, null)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("UNDER_EVALUATION cannot go to REJECTED");
        d.receiveOpinion("comite", NOW, "avis");
        assertThat(d.status()).isEqualTo(DossierStatus.OPINION_RECEIVED);
        d.decide(true, "region", NOW, "décision");
        assertThat(d.status()).isEqualTo(DossierStatus.VALIDATED);
        assertThatThrownBy(() -> d.receiveOpinion("comite", NOW, "avis")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a_withdrawn_dossier_is_closed() {
        Dossier d = Dossier.restore(DossierId.newId(), "Cluster Bois", null, Scheme.ECONOMIC_CLUSTER, Volet.VALIDATION,
                new Focus(Focus.Kind.MARKET, null, null), DossierStatus.WITHDRAWN, 1, 3, "x", NOW);
        assertThatThrownBy(d::requireOpen).isInstanceOf(DossierClosedException.class);
        draft().requireOpen();
    }

    @Test
    void a_draft_cannot_go_under_evaluation() {
        assertThatThrownBy(() -> draft().startEvaluation("comite", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void final_statuses_allow_nothing_and_a_validated_cluster_only_goes_back_to_evaluation_for_a_renewal() {
        for (DossierStatus end : new DossierStatus[] {DossierStatus.VALIDATED, DossierStatus.REJECTED, DossierStatus.WITHDRAWN}) {
            for (DossierStatus to : DossierStatus.values()) {
                boolean renewal = end == DossierStatus.VALIDATED && to == DossierStatus.SUBMITTED;
                assertThat(Dossier.isAllowed(end, to)).as(end + " -> " + to).isEqualTo(renewal);
            }
        }
    }

    @Test
    void every_status_has_a_row_in_the_transition_table() {
        assertThat(Dossier.TRANSITIONS).containsOnlyKeys(DossierStatus.values());
    }

    @Test
    void a_name_is_required() {
        assertThatThrownBy(() -> Dossier.draft(" ", null, Scheme.ECONOMIC_CLUSTER, Volet.VALIDATION,
                new Focus(Focus.Kind.MARKET, null, null), "x", NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
