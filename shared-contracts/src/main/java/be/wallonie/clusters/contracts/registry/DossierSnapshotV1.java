package be.wallonie.clusters.contracts.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The immutable content of a submitted cluster dossier. Enumerated values are carried as their
 * names (e.g. {@code ENTERPRISE}, {@code CORE_GROUP}) so that consumers tolerate new values.
 */
public record DossierSnapshotV1(
        String name,
        String acronym,
        /* ECONOMIC_CLUSTER, TECHNOLOGY_GRAPE or COMPETITIVENESS_POLE */
        String scheme,
        /* SENSIBILISATION, VALIDATION or MISE_EN_OEUVRE */
        String entryVolet,
        Focus focus,
        List<Member> members,
        List<Relation> relations,
        List<Objective> objectives,
        List<ExpectedGain> expectedGains,
        List<Action> actions,
        Governance governance,
        Animator animator,
        BigDecimal privateContributionsPerYear) {

    public DossierSnapshotV1 {
        members = members == null ? List.of() : List.copyOf(members);
        relations = relations == null ? List.of() : List.copyOf(relations);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        expectedGains = expectedGains == null ? List.of() : List.copyOf(expectedGains);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** What the cluster gathers around: a market or a technology, in a domain. */
    public record Focus(String kind, String domain, String description) {
    }

    /**
     * A member organisation as it stood at submission.
     *
     * @param kind           ENTERPRISE, RESEARCH_CENTRE, TRAINING_CENTRE, UNIVERSITY, FEDERATION, CHAMBER_OF_COMMERCE, PUBLIC_BODY
     * @param sizeClass      MICRO, SMALL, MEDIUM, LARGE (enterprises only)
     * @param role           CORE_GROUP, MEMBER or SUPPORT
     * @param region         WALLONIA, BRUSSELS, FLANDERS or ABROAD (derived from the establishments)
     * @param walloonEstablishment whether at least one establishment is in Wallonia
     * @param corporateGroup the corporate group, if any: members of one group are not independent
     * @param decisionCentreAbroad a risk factor of Part II when a large member is passive
     */
    public record Member(
            UUID organisationId,
            String enterpriseNumber,
            String name,
            String kind,
            String sizeClass,
            String role,
            String region,
            String country,
            boolean walloonEstablishment,
            String corporateGroup,
            List<String> naceCodes,
            Integer employees,
            boolean decisionCentreAbroad,
            LocalDate coOptedOn) {
        public Member {
            naceCodes = naceCodes == null ? List.of() : List.copyOf(naceCodes);
        }
    }

    /**
     * A declared relation between two members.
     *
     * @param kind      CUSTOMER_SUPPLIER, SUBCONTRACTING, STRATEGIC_ALLIANCE, JOINT_RESEARCH, SHARED_TRAINING, JOINT_COMMERCIAL_ACTION, OTHER
     * @param direction VERTICAL or HORIZONTAL
     * @param market    true for a market (commercial) tie, false for a non-market one
     */
    public record Relation(UUID fromOrganisationId, UUID toOrganisationId, String kind, String direction, boolean market) {
    }

    /** An objective of the shared vision and the members who endorse it. */
    public record Objective(String statement, List<UUID> endorsedBy) {
        public Objective {
            endorsedBy = endorsedBy == null ? List.of() : List.copyOf(endorsedBy);
        }
    }

    /** A quantified expected gain. */
    public record ExpectedGain(String description, String indicator, BigDecimal targetValue, String unit) {
    }

    /**
     * An action of the action plan.
     *
     * @param type        GENERIC or TARGETED ("actions ciblées")
     * @param category    COMMERCIAL, TECHNOLOGY_PRODUCTION, LOGISTICS, HUMAN_RESOURCES, ...
     */
    public record Action(
            String title,
            String type,
            String category,
            String axis,
            String orientation,
            LocalDate startDate,
            LocalDate endDate,
            boolean recurring,
            List<UUID> participants,
            BigDecimal budget,
            String expectedMarketOutcome) {
        public Action {
            participants = participants == null ? List.of() : List.copyOf(participants);
        }
    }

    /** Functioning rules of the cluster (II.2 risks: admission, no mutual poaching). */
    public record Governance(boolean admissionRules, boolean noPoachingRule, String decisionMaking, String ambitionStatement) {
    }

    /** The animateur post the Region co-funds. */
    public record Animator(String name, BigDecimal fte, LocalDate startDate, BigDecimal yearlyCost) {
    }
}
