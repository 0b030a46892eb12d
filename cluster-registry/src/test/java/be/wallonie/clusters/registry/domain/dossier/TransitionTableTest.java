package be.wallonie.clusters.registry.domain.dossier;

import static be.wallonie.clusters.registry.domain.dossier.DossierStatus.DRAFT;
import static be.wallonie.clusters.registry.domain.dossier.DossierStatus.OPINION_RECEIVED;
import static be.wallonie.clusters.registry.domain.dossier.DossierStatus.REJECTED;
import static be.wallonie.clusters.registry.domain.dossier.DossierStatus.RETURNED_FOR_COMPLETION;
import static be.wallonie.clusters.registry.domain.dossier.DossierStatus.SUBMITTED;
import static be.wallonie.clusters.registry.domain.dossier.DossierStatus.UNDER_EVALUATION;
import static be.wallonie.clusters.registry.domain.dossier.DossierStatus.VALIDATED;
import static be.wallonie.clusters.registry.domain.dossier.DossierStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pair of statuses, allowed and refused, against the lifecycle of domain.md §3 written out here independently
 * of the table in {@link Dossier}; and every allowed step through the aggregate's own methods.
 */
class TransitionTableTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    /** domain.md §3, as pairs "from→to". */
    static final Set<String> ALLOWED = Set.of(
            "DRAFT→SUBMITTED", "DRAFT→WITHDRAWN",
            "SUBMITTED→UNDER_EVALUATION", "SUBMITTED→RETURNED_FOR_COMPLETION", "SUBMITTED→WITHDRAWN",
            "UNDER_EVALUATION→OPINION_RECEIVED", "UNDER_EVALUATION→WITHDRAWN",
            "OPINION_RECEIVED→VALIDATED", "OPINION_RECEIVED→REJECTED", "OPINION_RECEIVED→RETURNED_FOR_COMPLETION",
            "RETURNED_FOR_COMPLETION→SUBMITTED", "RETURNED_FOR_COMPLETION→WITHDRAWN",
            // "renewal needs a new evaluation" (§3): a validated cluster is submitted again, by a renewal request only
            "VALIDATED→SUBMITTED");

    static Stream<Arguments> pairs() {
        List<Arguments> all = new ArrayList<>();
        for (DossierStatus from : DossierStatus.values()) {
            for (DossierStatus to : DossierStatus.values()) {
                all.add(Arguments.of(from, to));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("pairs")
    void the_table_allows_exactly_the_lifecycle(DossierStatus from, DossierStatus to) {
        assertThat(Dossier.isAllowed(from, to)).isEqualTo(ALLOWED.contains(from + "→" + to));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("pairs")
    void the_aggregate_takes_the_step_or_refuses_it_unchanged(DossierStatus from, DossierStatus to) {
        Dossier d = Dossier.restore(DossierId.newId(), "Cluster Bois", null, Scheme.ECONOMIC_CLUSTER, Volet.VALIDATION,
                new Focus(Focus.Kind.MARKET, null, null), from, 1, 3, "applicant-1", NOW);
        Consumer<Dossier> step = switch (to) {
            case SUBMITTED -> from == VALIDATED ? x -> x.requestRenewal("applicant-1", NOW) : x -> x.submit("applicant-1", NOW);
            case UNDER_EVALUATION -> x -> x.startEvaluation("comite", NOW);
            case OPINION_RECEIVED -> x -> x.receiveOpinion("comite", NOW, "avis");
            case VALIDATED -> x -> x.decide(true, "region", NOW, "décision");
            case REJECTED -> x -> x.decide(false, "region", NOW, "décision");
            case RETURNED_FOR_COMPLETION -> x -> x.returnForCompletion("cellule", NOW, "à compléter");
            case WITHDRAWN -> x -> x.withdraw("applicant-1", NOW, null);
            case DRAFT -> null;
        };
        if (step == null) {
            assertThat(Dossier.isAllowed(from, DRAFT)).isFalse(); // nothing goes back to draft
            return;
        }
        if (ALLOWED.contains(from + "→" + to)) {
            step.accept(d);
            assertThat(d.status()).isEqualTo(to);
            assertThat(d.pendingChanges()).hasSize(1);
        } else {
            assertThatThrownBy(() -> step.accept(d)).isInstanceOf(IllegalTransitionException.class);
            assertThat(d.status()).isEqualTo(from);
            assertThat(d.pendingChanges()).isEmpty();
            assertThat(d.snapshotVersion()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(DossierStatus.class)
    void only_a_validated_cluster_asks_for_a_renewal_and_it_never_submits_as_a_first_application(DossierStatus status) {
        Dossier d = Dossier.restore(DossierId.newId(), "Cluster Bois", null, Scheme.ECONOMIC_CLUSTER, Volet.VALIDATION,
                new Focus(Focus.Kind.MARKET, null, null), status, 1, 3, "applicant-1", NOW);
        if (status == VALIDATED) {
            assertThatThrownBy(() -> d.submit("applicant-1", NOW)).isInstanceOf(IllegalTransitionException.class);
            DossierSubmitted renewal = d.requestRenewal("applicant-1", NOW);
            assertThat(renewal.snapshot().snapshotVersion()).isEqualTo(2);
            assertThat(d.status()).isEqualTo(SUBMITTED);
            assertThat(d.pendingChanges()).singleElement().satisfies(c -> assertThat(c.reason()).contains("renouvellement"));
        } else {
            assertThatThrownBy(() -> d.requestRenewal("applicant-1", NOW)).isInstanceOf(IllegalTransitionException.class);
            assertThat(d.status()).isEqualTo(status);
            assertThat(d.snapshotVersion()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("closed")
    void withdrawn_and_rejected_dossiers_are_closed(DossierStatus status) {
        Dossier d = Dossier.restore(DossierId.newId(), "Cluster Bois", null, Scheme.ECONOMIC_CLUSTER, Volet.VALIDATION,
                new Focus(Focus.Kind.MARKET, null, null), status, 1, 3, "applicant-1", NOW);
        assertThatThrownBy(d::requireOpen).isInstanceOf(DossierClosedException.class);
    }

    static Stream<DossierStatus> closed() {
        return Stream.of(WITHDRAWN, REJECTED);
    }
}
