package be.wallonie.clusters.evaluation.domain.criteria;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every threshold the criteria engine applies, versioned: the seeds rarely give numbers, so
 * domain.md §2 chooses defaults, and they must be configuration, never constants in a policy
 * class. An assessment records {@link #version()}. Groups mirror the criteria so that a
 * configuration adapter can map one group per criterion.
 *
 * @param version a label for this set of thresholds, e.g. {@code 2026.1}
 */
public record CriteriaPolicy(
        String version,
        BusinessInitiativeThresholds businessInitiative,
        CriticalMassThresholds criticalMass,
        InterrelationsThresholds interrelations,
        CommonInterestThresholds commonInterest,
        CompetitivenessThresholds competitiveness,
        DurabilityThresholds durability,
        RegionalValueAddedThresholds regionalValueAdded,
        SharedVisionThresholds sharedVision,
        TechnologyRoutingThresholds technologyRouting,
        RiskWarningThresholds riskWarnings) {

    public static final String DEFAULT_VERSION = "2026.1";

    public CriteriaPolicy {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("a policy version is required");
        }
        Objects.requireNonNull(businessInitiative, "businessInitiative");
        Objects.requireNonNull(criticalMass, "criticalMass");
        Objects.requireNonNull(interrelations, "interrelations");
        Objects.requireNonNull(commonInterest, "commonInterest");
        Objects.requireNonNull(competitiveness, "competitiveness");
        Objects.requireNonNull(durability, "durability");
        Objects.requireNonNull(regionalValueAdded, "regionalValueAdded");
        Objects.requireNonNull(sharedVision, "sharedVision");
        Objects.requireNonNull(technologyRouting, "technologyRouting");
        Objects.requireNonNull(riskWarnings, "riskWarnings");
    }

    /** The defaults of domain.md §2, version {@value #DEFAULT_VERSION}. */
    public static CriteriaPolicy defaults() {
        return new CriteriaPolicy(DEFAULT_VERSION,
                BusinessInitiativeThresholds.defaults(),
                CriticalMassThresholds.defaults(),
                InterrelationsThresholds.defaults(),
                CommonInterestThresholds.defaults(),
                CompetitivenessThresholds.defaults(),
                DurabilityThresholds.defaults(),
                RegionalValueAddedThresholds.defaults(),
                SharedVisionThresholds.defaults(),
                TechnologyRoutingThresholds.defaults(),
                RiskWarningThresholds.defaults());
    }

    public CriteriaPolicy withVersion(String newVersion) {
        return new CriteriaPolicy(newVersion, businessInitiative, criticalMass, interrelations, commonInterest,
                competitiveness, durability, regionalValueAdded, sharedVision, technologyRouting, riskWarnings);
    }

    public CriteriaPolicy withBusinessInitiative(BusinessInitiativeThresholds value) {
        return new CriteriaPolicy(version, value, criticalMass, interrelations, commonInterest,
                competitiveness, durability, regionalValueAdded, sharedVision, technologyRouting, riskWarnings);
    }

    public CriteriaPolicy withCriticalMass(CriticalMassThresholds value) {
        return new CriteriaPolicy(version, businessInitiative, value, interrelations, commonInterest,
                competitiveness, durability, regionalValueAdded, sharedVision, technologyRouting, riskWarnings);
    }

    public CriteriaPolicy withInterrelations(InterrelationsThresholds value) {
        return new CriteriaPolicy(version, businessInitiative, criticalMass, value, commonInterest,
                competitiveness, durability, regionalValueAdded, sharedVision, technologyRouting, riskWarnings);
    }

    public CriteriaPolicy withCommonInterest(CommonInterestThresholds value) {
        return new CriteriaPolicy(version, businessInitiative, criticalMass, interrelations, value,
                competitiveness, durability, regionalValueAdded, sharedVision, technologyRouting, riskWarnings);
    }

    public CriteriaPolicy withCompetitiveness(CompetitivenessThresholds value) {
        return new CriteriaPolicy(version, businessInitiative, criticalMass, interrelations, commonInterest,
                value, durability, regionalValueAdded, sharedVision, technologyRouting, riskWarnings);
    }

    public CriteriaPolicy withDurability(DurabilityThresholds value) {
        return new CriteriaPolicy(version, businessInitiative, criticalMass, interrelations, commonInterest,
                competitiveness, value, regionalValueAdded, sharedVision, technologyRouting, riskWarnings);
    }

    public CriteriaPolicy withRegionalValueAdded(RegionalValueAddedThresholds value) {
        return new CriteriaPolicy(version, businessInitiative, criticalMass, interrelations, commonInterest,
                competitiveness, durability, value, sharedVision, technologyRouting, riskWarnings);
    }

    public CriteriaPolicy withSharedVision(SharedVisionThresholds value) {
        return new CriteriaPolicy(version, businessInitiative, criticalMass, interrelations, commonInterest,
                competitiveness, durability, regionalValueAdded, value, technologyRouting, riskWarnings);
    }

    public CriteriaPolicy withTechnologyRouting(TechnologyRoutingThresholds value) {
        return new CriteriaPolicy(version, businessInitiative, criticalMass, interrelations, commonInterest,
                competitiveness, durability, regionalValueAdded, sharedVision, value, riskWarnings);
    }

    public CriteriaPolicy withRiskWarnings(RiskWarningThresholds value) {
        return new CriteriaPolicy(version, businessInitiative, criticalMass, interrelations, commonInterest,
                competitiveness, durability, regionalValueAdded, sharedVision, technologyRouting, value);
    }

    /**
     * BUSINESS_INITIATIVE: « à l'initiative majoritairement d'entreprises » (decree of 2007, seed 001).
     *
     * @param coreGroupEnterpriseSharePercent the enterprise share of the core group must be greater than this (default 50)
     * @param memberEnterpriseSharePercent    the enterprise share of all members must be greater than this (default 50)
     */
    public record BusinessInitiativeThresholds(BigDecimal coreGroupEnterpriseSharePercent,
                                               BigDecimal memberEnterpriseSharePercent) {
        public BusinessInitiativeThresholds {
            requirePercent(coreGroupEnterpriseSharePercent, "coreGroupEnterpriseSharePercent");
            requirePercent(memberEnterpriseSharePercent, "memberEnterpriseSharePercent");
        }

        public static BusinessInitiativeThresholds defaults() {
            return new BusinessInitiativeThresholds(BigDecimal.valueOf(50), BigDecimal.valueOf(50));
        }
    }

    /**
     * CRITICAL_MASS: the seeds say the threshold « ne peut être déterminée a priori » (seed 003), so
     * below the domain's threshold the result is left to experts, and only below the floor it fails.
     *
     * @param independentEnterprises           at least this many independent enterprises is satisfied (default 8)
     * @param expertJudgementFloor             at least this many (but below the threshold) needs expert judgement;
     *                                         fewer is not satisfied (default 3)
     * @param independentEnterprisesByDomain   per-domain thresholds replacing {@code independentEnterprises},
     *                                         keyed by the focus domain (case-insensitive; default none)
     */
    public record CriticalMassThresholds(int independentEnterprises, int expertJudgementFloor,
                                         Map<String, Integer> independentEnterprisesByDomain) {
        public CriticalMassThresholds {
            requireNonNegative(independentEnterprises, "independentEnterprises");
            requireNonNegative(expertJudgementFloor, "expertJudgementFloor");
            SortedMap<String, Integer> normalised = new TreeMap<>();
            if (independentEnterprisesByDomain != null) {
                independentEnterprisesByDomain.forEach((domain, threshold) -> {
                    Objects.requireNonNull(threshold, "threshold of domain " + domain);
                    requireNonNegative(threshold, "threshold of domain " + domain);
                    normalised.put(domainKey(Objects.requireNonNull(domain, "domain")), threshold);
                });
            }
            independentEnterprisesByDomain = Collections.unmodifiableSortedMap(normalised);
        }

        public static CriticalMassThresholds defaults() {
            return new CriticalMassThresholds(8, 3, Map.of());
        }

        /** The threshold for a focus domain: its override if one is configured, otherwise the default. */
        public int thresholdFor(String domain) {
            if (domain == null || domain.isBlank()) {
                return independentEnterprises;
            }
            return independentEnterprisesByDomain.getOrDefault(domainKey(domain), independentEnterprises);
        }

        /** Whether the focus domain has its own threshold. */
        public boolean hasDomainThreshold(String domain) {
            return domain != null && !domain.isBlank() && independentEnterprisesByDomain.containsKey(domainKey(domain));
        }

        private static String domainKey(String domain) {
            return domain.strip().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * INTERRELATIONS: « une simple juxtaposition d'entreprises … ne constitue pas un cluster ».
     *
     * @param linkedEnterpriseSharePercent the share of enterprise members with at least one relation to another
     *                                     independent member must be at least this (default 60)
     * @param minMarketRelations           market relations required, below which experts judge: « le développement
     *                                     de relations marchandes … est une condition sine qua non » (default 1)
     */
    public record InterrelationsThresholds(BigDecimal linkedEnterpriseSharePercent, int minMarketRelations) {
        public InterrelationsThresholds {
            requirePercent(linkedEnterpriseSharePercent, "linkedEnterpriseSharePercent");
            requireNonNegative(minMarketRelations, "minMarketRelations");
        }

        public static InterrelationsThresholds defaults() {
            return new InterrelationsThresholds(BigDecimal.valueOf(60), 1);
        }
    }

    /**
     * COMMON_INTEREST: a declared focus, members who endorse the objectives, and not a macro-cluster.
     *
     * @param maxNaceSections              more distinct NACE sections among the enterprises than this raises the
     *                                     breadth question (default 6)
     * @param endorsingMemberSharePercent  the share of members endorsing at least one objective must be at
     *                                     least this, otherwise experts judge (default 50)
     */
    public record CommonInterestThresholds(int maxNaceSections, BigDecimal endorsingMemberSharePercent) {
        public CommonInterestThresholds {
            requireNonNegative(maxNaceSections, "maxNaceSections");
            requirePercent(endorsingMemberSharePercent, "endorsingMemberSharePercent");
        }

        public static CommonInterestThresholds defaults() {
            return new CommonInterestThresholds(6, BigDecimal.valueOf(50));
        }
    }

    /**
     * COMPETITIVENESS: targeted actions with a market outcome and quantified gains (I.1.2 §4, III.4).
     *
     * @param minTargetedActions  targeted actions with an expected market outcome required (default 1)
     * @param minQuantifiedGains  quantified expected gains required (default 1)
     */
    public record CompetitivenessThresholds(int minTargetedActions, int minQuantifiedGains) {
        public CompetitivenessThresholds {
            requireNonNegative(minTargetedActions, "minTargetedActions");
            requireNonNegative(minQuantifiedGains, "minQuantifiedGains");
        }

        public static CompetitivenessThresholds defaults() {
            return new CompetitivenessThresholds(1, 1);
        }
    }

    /**
     * DURABILITY: the plan must cover the agrément (« Agrément pour 3 ans », seed 001).
     *
     * @param planHorizonMonths    the action-plan horizon must be at least this (default 36)
     * @param minRecurringActions  recurring actions required (default 1)
     */
    public record DurabilityThresholds(int planHorizonMonths, int minRecurringActions) {
        public DurabilityThresholds {
            requireNonNegative(planHorizonMonths, "planHorizonMonths");
            requireNonNegative(minRecurringActions, "minRecurringActions");
        }

        public static DurabilityThresholds defaults() {
            return new DurabilityThresholds(36, 1);
        }
    }

    /**
     * REGIONAL_VALUE_ADDED: « des partenariats purement transnationaux ne sont donc pas des clusters ».
     *
     * @param walloonMemberSharePercent    share of members established in Wallonia, at least (default 50)
     * @param walloonCoreGroupSharePercent share of the core group established in Wallonia, at least (default 50)
     */
    public record RegionalValueAddedThresholds(BigDecimal walloonMemberSharePercent,
                                               BigDecimal walloonCoreGroupSharePercent) {
        public RegionalValueAddedThresholds {
            requirePercent(walloonMemberSharePercent, "walloonMemberSharePercent");
            requirePercent(walloonCoreGroupSharePercent, "walloonCoreGroupSharePercent");
        }

        public static RegionalValueAddedThresholds defaults() {
            return new RegionalValueAddedThresholds(BigDecimal.valueOf(50), BigDecimal.valueOf(50));
        }
    }

    /**
     * SHARED_VISION in the weak form of I.2: « objectifs … limités, par un sous-ensemble des entreprises ».
     *
     * @param coreGroupEndorsementPercent an objective is shared when at least this share of the core group
     *                                    endorses it (default 100: the whole core group)
     * @param minSharedObjectives         objectives so shared that are required (default 1: « objectifs …
     *                                    éventuellement limités »)
     */
    public record SharedVisionThresholds(BigDecimal coreGroupEndorsementPercent, int minSharedObjectives) {
        public SharedVisionThresholds {
            requirePercent(coreGroupEndorsementPercent, "coreGroupEndorsementPercent");
            requireNonNegative(minSharedObjectives, "minSharedObjectives");
        }

        public static SharedVisionThresholds defaults() {
            return new SharedVisionThresholds(BigDecimal.valueOf(100), 1);
        }
    }

    /**
     * TECHNOLOGY routing (I.2 « Dimension technologique »): grappes technologiques are organised around
     * key technologies and R&D relations.
     *
     * @param jointResearchSharePercent     joint-R&D relations are dominant above this share of relations (default 50)
     * @param technologyActionSharePercent  technology actions are dominant above this share of actions (default 50)
     * @param technologyActionCategories    action categories that count as technology/R&D (upper case;
     *                                      default TECHNOLOGY_PRODUCTION, RESEARCH_DEVELOPMENT)
     * @param minSignals                    how many of the three signals (technology focus, joint R&D dominant,
     *                                      technology actions dominant) route to a grappe (default 2)
     */
    public record TechnologyRoutingThresholds(BigDecimal jointResearchSharePercent,
                                              BigDecimal technologyActionSharePercent,
                                              Set<String> technologyActionCategories,
                                              int minSignals) {
        public TechnologyRoutingThresholds {
            requirePercent(jointResearchSharePercent, "jointResearchSharePercent");
            requirePercent(technologyActionSharePercent, "technologyActionSharePercent");
            SortedSet<String> categories = new TreeSet<>();
            if (technologyActionCategories != null) {
                technologyActionCategories.forEach(c -> categories.add(c.strip().toUpperCase(Locale.ROOT)));
            }
            technologyActionCategories = Collections.unmodifiableSortedSet(categories);
            if (minSignals < 1 || minSignals > 3) {
                throw new IllegalArgumentException("minSignals must be between 1 and 3: " + minSignals);
            }
        }

        public static TechnologyRoutingThresholds defaults() {
            return new TechnologyRoutingThresholds(BigDecimal.valueOf(50), BigDecimal.valueOf(50),
                    Set.of("TECHNOLOGY_PRODUCTION", "RESEARCH_DEVELOPMENT"), 2);
        }

        public boolean isTechnologyCategory(String category) {
            return category != null && technologyActionCategories.contains(category.strip().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * Thresholds of the II.2 risk warnings.
     *
     * @param multisectorMinNaceSections   enterprises spanning at least this many NACE sections form a multisector
     *                                     grouping (default 3)
     * @param inertEnterpriseSharePercent  warn when the share of enterprise members taking part in no action is
     *                                     greater than this (default 50: « une majorité d'acteurs »)
     */
    public record RiskWarningThresholds(int multisectorMinNaceSections, BigDecimal inertEnterpriseSharePercent) {
        public RiskWarningThresholds {
            requireNonNegative(multisectorMinNaceSections, "multisectorMinNaceSections");
            requirePercent(inertEnterpriseSharePercent, "inertEnterpriseSharePercent");
        }

        public static RiskWarningThresholds defaults() {
            return new RiskWarningThresholds(3, BigDecimal.valueOf(50));
        }
    }

    private static void requirePercent(BigDecimal value, String name) {
        Objects.requireNonNull(value, name);
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException(name + " must be a percentage between 0 and 100: " + value);
        }
    }

    private static void requireNonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
    }
}
