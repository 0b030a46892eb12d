package be.wallonie.clusters.evaluation.config;

import be.wallonie.clusters.evaluation.domain.criteria.CriteriaEngine;
import be.wallonie.clusters.evaluation.domain.criteria.CriteriaPolicy;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The criteria engine and the policy in force, built once from {@link CriteriaPolicyConfig}. The
 * policy is built at startup, so that an invalid threshold (a percentage above 100, a malformed
 * per-domain entry…) stops the service with a clear message instead of failing the first dossier.
 */
@ApplicationScoped
public class CriteriaEngineProducer {

    private static final Logger LOG = Logger.getLogger(CriteriaEngineProducer.class);

    @Produces
    @Singleton
    @Startup
    CriteriaPolicy criteriaPolicy(CriteriaPolicyConfig config) {
        CriteriaPolicy policy = policyOf(config);
        LOG.infof("Criteria policy %s in force", policy.version());
        return policy;
    }

    @Produces
    @Singleton
    CriteriaEngine criteriaEngine() {
        return CriteriaEngine.standard();
    }

    /** The domain policy the configuration describes. */
    public static CriteriaPolicy policyOf(CriteriaPolicyConfig c) {
        CriteriaPolicyConfig.TechnologyRouting routing = c.technologyRouting();
        return new CriteriaPolicy(c.version().strip(),
                new CriteriaPolicy.BusinessInitiativeThresholds(
                        c.businessInitiative().coreGroupEnterpriseSharePercent(),
                        c.businessInitiative().memberEnterpriseSharePercent()),
                new CriteriaPolicy.CriticalMassThresholds(
                        c.criticalMass().independentEnterprises(),
                        c.criticalMass().expertJudgementFloor(),
                        domainThresholds(c.criticalMass().independentEnterprisesByDomain().orElse(List.of()))),
                new CriteriaPolicy.InterrelationsThresholds(
                        c.interrelations().linkedEnterpriseSharePercent(),
                        c.interrelations().minMarketRelations()),
                new CriteriaPolicy.CommonInterestThresholds(
                        c.commonInterest().maxNaceSections(),
                        c.commonInterest().endorsingMemberSharePercent()),
                new CriteriaPolicy.CompetitivenessThresholds(
                        c.competitiveness().minTargetedActions(),
                        c.competitiveness().minQuantifiedGains()),
                new CriteriaPolicy.DurabilityThresholds(
                        c.durability().planHorizonMonths(),
                        c.durability().minRecurringActions()),
                new CriteriaPolicy.RegionalValueAddedThresholds(
                        c.regionalValueAdded().walloonMemberSharePercent(),
                        c.regionalValueAdded().walloonCoreGroupSharePercent()),
                new CriteriaPolicy.SharedVisionThresholds(
                        c.sharedVision().coreGroupEndorsementPercent(),
                        c.sharedVision().minSharedObjectives()),
                new CriteriaPolicy.TechnologyRoutingThresholds(
                        routing.jointResearchSharePercent(),
                        routing.technologyActionSharePercent(),
                        routing.technologyActionCategories(),
                        routing.minSignals()),
                new CriteriaPolicy.RiskWarningThresholds(
                        c.riskWarnings().multisectorMinNaceSections(),
                        c.riskWarnings().inertEnterpriseSharePercent()));
    }

    /** {@code ["chimie verte=10", "logistique=12"]} → {chimie verte: 10, logistique: 12}. */
    static Map<String, Integer> domainThresholds(List<String> entries) {
        Map<String, Integer> thresholds = new LinkedHashMap<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int eq = entry.lastIndexOf('=');
            String domain = eq < 0 ? "" : entry.substring(0, eq).strip();
            String value = eq < 0 ? "" : entry.substring(eq + 1).strip();
            if (domain.isEmpty() || !value.matches("\\d{1,9}")) {
                throw new IllegalArgumentException("clusters.criteria.critical-mass.independent-enterprises-by-domain: "
                        + "expected entries 'domain=threshold' (e.g. 'chimie verte=10'), got '" + entry + "'");
            }
            if (thresholds.put(domain.toLowerCase(Locale.ROOT), Integer.valueOf(value)) != null) {
                throw new IllegalArgumentException("clusters.criteria.critical-mass.independent-enterprises-by-domain: "
                        + "domain '" + domain + "' is given twice");
            }
        }
        return thresholds;
    }
}
