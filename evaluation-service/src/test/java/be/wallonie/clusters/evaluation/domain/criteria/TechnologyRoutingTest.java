package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.dossier;
import static be.wallonie.clusters.evaluation.domain.criteria.DossierBuilder.targeted;
import static org.assertj.core.api.Assertions.assertThat;

import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import be.wallonie.clusters.evaluation.domain.snapshot.MemberRole;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TechnologyRoutingTest {

    private final TechnologyRouting routing = new TechnologyRouting();

    private Routing route(DossierBuilder dossier) {
        return routing.route(dossier.build(), CriteriaPolicy.defaults());
    }

    private static BigDecimal value(Routing routing, String code) {
        return routing.indicators().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow().value();
    }

    @Test
    void an_r_and_d_centred_grouping_is_routed_to_the_technology_grapes() {
        Routing result = route(Dossiers.researchGrouping());

        assertThat(result.route()).isEqualTo(Scheme.TECHNOLOGY_GRAPE);
        assertThat(value(result, "relations.jointResearchShare")).isEqualByComparingTo("90");
        assertThat(value(result, "actions.technologyShare")).isEqualByComparingTo("66.67");
        assertThat(value(result, "routing.technologySignals")).isEqualByComparingTo("3");
        assertThat(result.explanation().fr()).contains("Dimension technologique", "grappes technologiques");
        assertThat(result.differsFromApplication()).isTrue();
        assertThat(result.explanation().fr()).contains("introduit comme cluster économique");
    }

    @Test
    void a_market_cluster_is_an_economic_cluster() {
        Routing result = route(Dossiers.healthyCluster());

        assertThat(result.route()).isEqualTo(Scheme.ECONOMIC_CLUSTER);
        assertThat(result.appliedFor()).isEqualTo(Scheme.ECONOMIC_CLUSTER);
        assertThat(result.differsFromApplication()).isFalse();
        assertThat(value(result, "routing.technologySignals")).isEqualByComparingTo("0");
    }

    @Test
    void a_technology_focus_alone_is_not_enough() {
        Routing result = route(Dossiers.healthyCluster().focus(FocusKind.TECHNOLOGY, "biotechnologie"));

        assertThat(result.route()).isEqualTo(Scheme.ECONOMIC_CLUSTER);
        assertThat(value(result, "routing.technologySignals")).isEqualByComparingTo("1");
    }

    @Test
    void exactly_half_of_joint_research_ties_is_not_dominant() {
        DossierBuilder dossier = dossier("Moitié R&D").focus(FocusKind.TECHNOLOGY, "matériaux")
                .enterprises("a", 4, MemberRole.CORE_GROUP)
                .relation("a1", "a2", RelationKind.JOINT_RESEARCH)
                .relation("a3", "a4", RelationKind.CUSTOMER_SUPPLIER);

        Routing result = route(dossier);

        assertThat(value(result, "relations.jointResearchShare")).isEqualByComparingTo("50");
        assertThat(result.route()).isEqualTo(Scheme.ECONOMIC_CLUSTER);
    }

    @Test
    void dominant_r_and_d_ties_and_actions_route_to_a_grappe_even_with_a_market_focus() {
        DossierBuilder dossier = Dossiers.researchGrouping().focus(FocusKind.MARKET, "capteurs");

        assertThat(route(dossier).route()).isEqualTo(Scheme.TECHNOLOGY_GRAPE);
    }

    @Test
    void a_grappe_application_of_an_economic_cluster_is_flagged() {
        Routing result = route(Dossiers.healthyCluster().scheme(Scheme.TECHNOLOGY_GRAPE));

        assertThat(result.route()).isEqualTo(Scheme.ECONOMIC_CLUSTER);
        assertThat(result.differsFromApplication()).isTrue();
        assertThat(result.explanation().en()).contains("applied as a technology grape");
    }

    @Test
    void a_competitiveness_pole_application_is_routed_indicatively() {
        Routing result = route(Dossiers.researchGrouping().scheme(Scheme.COMPETITIVENESS_POLE));

        assertThat(result.route()).isEqualTo(Scheme.TECHNOLOGY_GRAPE);
        assertThat(result.differsFromApplication()).isFalse();
        assertThat(result.explanation().fr()).contains("pôle de compétitivité");
    }

    @Test
    void thresholds_and_categories_come_from_the_policy() {
        CriteriaPolicy allSignals = CriteriaPolicy.defaults().withTechnologyRouting(
                new CriteriaPolicy.TechnologyRoutingThresholds(BigDecimal.valueOf(50), BigDecimal.valueOf(50),
                        Set.of("research_development"), 3));
        DossierBuilder dossier = Dossiers.researchGrouping()
                .action(targeted("Production commune").category("TECHNOLOGY_PRODUCTION"));

        Routing result = routing.route(dossier.build(), allSignals);

        assertThat(value(result, "actions.technology")).isEqualByComparingTo("1");
        assertThat(result.route()).isEqualTo(Scheme.ECONOMIC_CLUSTER);
        assertThat(result.thresholds()).extracting(Threshold::code)
                .containsExactly("relations.jointResearchShare", "actions.technologyShare", "routing.technologySignals");
    }
}
