package be.wallonie.clusters.evaluation.config;

import be.wallonie.clusters.evaluation.domain.criteria.CriteriaPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The thresholds of the criteria engine as configuration (architecture.md « Configuration »): one
 * group per criterion, mirroring {@link CriteriaPolicy}, each with the default of domain.md §2
 * ({@link CriteriaPolicy#defaults()}). Every property is overridable by environment variable, e.g.
 * {@code clusters.criteria.critical-mass.independent-enterprises} by
 * {@code CLUSTERS_CRITERIA_CRITICAL_MASS_INDEPENDENT_ENTERPRISES}. Change {@link #version()} with
 * the thresholds: every assessment records the version that produced it.
 */
@ConfigMapping(prefix = "clusters.criteria")
public interface CriteriaPolicyConfig {

    /** The label of this set of thresholds, recorded on every assessment. */
    @WithDefault(CriteriaPolicy.DEFAULT_VERSION)
    String version();

    BusinessInitiative businessInitiative();

    CriticalMass criticalMass();

    Interrelations interrelations();

    CommonInterest commonInterest();

    Competitiveness competitiveness();

    Durability durability();

    RegionalValueAdded regionalValueAdded();

    SharedVision sharedVision();

    TechnologyRouting technologyRouting();

    RiskWarnings riskWarnings();

    interface BusinessInitiative {
        /** The enterprise share of the core group must be greater than this percentage. */
        @WithDefault("50")
        BigDecimal coreGroupEnterpriseSharePercent();

        /** The enterprise share of all members must be greater than this percentage. */
        @WithDefault("50")
        BigDecimal memberEnterpriseSharePercent();
    }

    interface CriticalMass {
        /** At least this many independent enterprises satisfies the criterion. */
        @WithDefault("8")
        int independentEnterprises();

        /** From this many (below the threshold) experts judge; fewer is not satisfied. */
        @WithDefault("3")
        int expertJudgementFloor();

        /**
         * Per-domain thresholds replacing {@link #independentEnterprises()}, as {@code domain=threshold}
         * entries separated by commas, e.g. {@code chimie verte=10,logistique=12}. The domain is the
         * dossier's focus domain, compared case-insensitively. None by default.
         */
        Optional<List<String>> independentEnterprisesByDomain();
    }

    interface Interrelations {
        /** Share of enterprise members linked to another independent member, at least. */
        @WithDefault("60")
        BigDecimal linkedEnterpriseSharePercent();

        /** Market relations required, below which experts judge. */
        @WithDefault("1")
        int minMarketRelations();
    }

    interface CommonInterest {
        /** More distinct NACE sections among the enterprises than this raises the breadth question. */
        @WithDefault("6")
        int maxNaceSections();

        /** Share of members endorsing at least one objective, at least. */
        @WithDefault("50")
        BigDecimal endorsingMemberSharePercent();
    }

    interface Competitiveness {
        /** Targeted actions with an expected market outcome required. */
        @WithDefault("1")
        int minTargetedActions();

        /** Quantified expected gains required. */
        @WithDefault("1")
        int minQuantifiedGains();
    }

    interface Durability {
        /** The action-plan horizon must be at least this many months (the agrément lasts 3 years). */
        @WithDefault("36")
        int planHorizonMonths();

        /** Recurring actions required. */
        @WithDefault("1")
        int minRecurringActions();
    }

    interface RegionalValueAdded {
        /** Share of members established in Wallonia, at least. */
        @WithDefault("50")
        BigDecimal walloonMemberSharePercent();

        /** Share of the core group established in Wallonia, at least. */
        @WithDefault("50")
        BigDecimal walloonCoreGroupSharePercent();
    }

    interface SharedVision {
        /** An objective is shared when at least this share of the core group endorses it. */
        @WithDefault("100")
        BigDecimal coreGroupEndorsementPercent();

        /** Objectives so shared that are required. */
        @WithDefault("1")
        int minSharedObjectives();
    }

    interface TechnologyRouting {
        /** Joint-R&D relations are dominant above this share of the relations. */
        @WithDefault("50")
        BigDecimal jointResearchSharePercent();

        /** Technology actions are dominant above this share of the actions. */
        @WithDefault("50")
        BigDecimal technologyActionSharePercent();

        /** Action categories that count as technology or R&D. */
        @WithDefault("TECHNOLOGY_PRODUCTION,RESEARCH_DEVELOPMENT")
        Set<String> technologyActionCategories();

        /** How many of the three technology signals route a dossier to the technology grapes (1 to 3). */
        @WithDefault("2")
        int minSignals();
    }

    interface RiskWarnings {
        /** Enterprises spanning at least this many NACE sections form a multisector grouping. */
        @WithDefault("3")
        int multisectorMinNaceSections();

        /** Warn when the share of enterprise members taking part in no action is greater than this. */
        @WithDefault("50")
        BigDecimal inertEnterpriseSharePercent();
    }
}
