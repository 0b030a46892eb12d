package be.wallonie.clusters.evaluation.domain.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CriteriaPolicyTest {

    @Test
    void defaults_are_those_of_domain_md() {
        CriteriaPolicy p = CriteriaPolicy.defaults();

        assertThat(p.version()).isEqualTo("2026.1");
        assertThat(p.businessInitiative().coreGroupEnterpriseSharePercent()).isEqualByComparingTo("50");
        assertThat(p.businessInitiative().memberEnterpriseSharePercent()).isEqualByComparingTo("50");
        assertThat(p.criticalMass().independentEnterprises()).isEqualTo(8);
        assertThat(p.criticalMass().expertJudgementFloor()).isEqualTo(3);
        assertThat(p.criticalMass().independentEnterprisesByDomain()).isEmpty();
        assertThat(p.interrelations().linkedEnterpriseSharePercent()).isEqualByComparingTo("60");
        assertThat(p.interrelations().minMarketRelations()).isEqualTo(1);
        assertThat(p.commonInterest().maxNaceSections()).isEqualTo(6);
        assertThat(p.commonInterest().endorsingMemberSharePercent()).isEqualByComparingTo("50");
        assertThat(p.competitiveness().minTargetedActions()).isEqualTo(1);
        assertThat(p.competitiveness().minQuantifiedGains()).isEqualTo(1);
        assertThat(p.durability().planHorizonMonths()).isEqualTo(36);
        assertThat(p.durability().minRecurringActions()).isEqualTo(1);
        assertThat(p.regionalValueAdded().walloonMemberSharePercent()).isEqualByComparingTo("50");
        assertThat(p.regionalValueAdded().walloonCoreGroupSharePercent()).isEqualByComparingTo("50");
        assertThat(p.sharedVision().coreGroupEndorsementPercent()).isEqualByComparingTo("100");
        assertThat(p.sharedVision().minSharedObjectives()).isEqualTo(1);
        assertThat(p.technologyRouting().jointResearchSharePercent()).isEqualByComparingTo("50");
        assertThat(p.technologyRouting().technologyActionSharePercent()).isEqualByComparingTo("50");
        assertThat(p.technologyRouting().technologyActionCategories())
                .containsExactly("RESEARCH_DEVELOPMENT", "TECHNOLOGY_PRODUCTION");
        assertThat(p.technologyRouting().minSignals()).isEqualTo(2);
        assertThat(p.riskWarnings().multisectorMinNaceSections()).isEqualTo(3);
        assertThat(p.riskWarnings().inertEnterpriseSharePercent()).isEqualByComparingTo("50");
    }

    @Test
    void defaults_are_equal_each_time() {
        assertThat(CriteriaPolicy.defaults()).isEqualTo(CriteriaPolicy.defaults());
    }

    @Test
    void a_version_is_required() {
        assertThatThrownBy(() -> CriteriaPolicy.defaults().withVersion(" "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CriteriaPolicy.defaults().withVersion("2027.1").version()).isEqualTo("2027.1");
    }

    @Test
    void percentages_must_be_between_0_and_100() {
        assertThatThrownBy(() -> new CriteriaPolicy.InterrelationsThresholds(BigDecimal.valueOf(101), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("linkedEnterpriseSharePercent");
        assertThatThrownBy(() -> new CriteriaPolicy.BusinessInitiativeThresholds(BigDecimal.valueOf(-1), BigDecimal.TEN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriteriaPolicy.RegionalValueAddedThresholds(null, BigDecimal.TEN))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void counts_must_not_be_negative() {
        assertThatThrownBy(() -> new CriteriaPolicy.DurabilityThresholds(-36, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriteriaPolicy.CriticalMassThresholds(8, -1, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriteriaPolicy.CriticalMassThresholds(8, 3, Map.of("bois", -2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CriteriaPolicy.TechnologyRoutingThresholds(BigDecimal.TEN, BigDecimal.TEN, Set.of(), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void per_domain_thresholds_are_looked_up_case_insensitively_and_copied() {
        Map<String, Integer> source = new HashMap<>(Map.of(" Aéronautique ", 12));
        CriteriaPolicy.CriticalMassThresholds t = new CriteriaPolicy.CriticalMassThresholds(8, 3, source);
        source.put("bois", 4);

        assertThat(t.thresholdFor("AÉRONAUTIQUE")).isEqualTo(12);
        assertThat(t.thresholdFor("aéronautique")).isEqualTo(12);
        assertThat(t.thresholdFor("bois")).isEqualTo(8);
        assertThat(t.thresholdFor(null)).isEqualTo(8);
        assertThat(t.hasDomainThreshold("Aéronautique")).isTrue();
        assertThat(t.independentEnterprisesByDomain()).containsOnlyKeys("aéronautique");
        assertThatThrownBy(() -> t.independentEnterprisesByDomain().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void technology_categories_are_normalised() {
        CriteriaPolicy.TechnologyRoutingThresholds t = new CriteriaPolicy.TechnologyRoutingThresholds(
                BigDecimal.TEN, BigDecimal.TEN, Set.of(" research_development "), 2);

        assertThat(t.isTechnologyCategory("Research_Development")).isTrue();
        assertThat(t.isTechnologyCategory("COMMERCIAL")).isFalse();
        assertThat(t.isTechnologyCategory(null)).isFalse();
    }

    @Test
    void withers_replace_one_group_only() {
        CriteriaPolicy base = CriteriaPolicy.defaults();
        CriteriaPolicy changed = base.withDurability(new CriteriaPolicy.DurabilityThresholds(48, 2));

        assertThat(changed.durability().planHorizonMonths()).isEqualTo(48);
        assertThat(changed.withDurability(base.durability())).isEqualTo(base);
        assertThat(base.withBusinessInitiative(base.businessInitiative())
                .withCriticalMass(base.criticalMass())
                .withInterrelations(base.interrelations())
                .withCommonInterest(base.commonInterest())
                .withCompetitiveness(base.competitiveness())
                .withRegionalValueAdded(base.regionalValueAdded())
                .withSharedVision(base.sharedVision())
                .withTechnologyRouting(base.technologyRouting())
                .withRiskWarnings(base.riskWarnings())).isEqualTo(base);
    }
}
