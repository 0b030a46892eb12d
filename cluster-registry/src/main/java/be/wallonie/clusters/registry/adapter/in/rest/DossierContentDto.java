package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.ReplaceDossierContentCommand;
import be.wallonie.clusters.registry.domain.dossier.Action;
import be.wallonie.clusters.registry.domain.dossier.ActionAxis;
import be.wallonie.clusters.registry.domain.dossier.ActionCategory;
import be.wallonie.clusters.registry.domain.dossier.ActionType;
import be.wallonie.clusters.registry.domain.dossier.CoOptation;
import be.wallonie.clusters.registry.domain.dossier.DossierContent;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.ExpectedGain;
import be.wallonie.clusters.registry.domain.dossier.Governance;
import be.wallonie.clusters.registry.domain.dossier.Member;
import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import be.wallonie.clusters.registry.domain.dossier.Objective;
import be.wallonie.clusters.registry.domain.dossier.Orientation;
import be.wallonie.clusters.registry.domain.dossier.Relation;
import be.wallonie.clusters.registry.domain.dossier.RelationDirection;
import be.wallonie.clusters.registry.domain.dossier.RelationKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a dossier states, as sent and answered by {@code PUT/GET /api/v1/dossiers/{id}/content}. The rules are the
 * domain's ({@link DossierContent}): every broken one is reported at once with its path.
 */
@Schema(name = "DossierContent", description = "Members and their roles, relations between members, objectives and vision, "
        + "expected gains, the action plan, governance rules and private contributions")
public record DossierContentDto(
        List<MemberDto> members,
        List<RelationDto> relations,
        List<ObjectiveDto> objectives,
        @Schema(description = "The shared development vision (\"vision collective\")",
                example = "Faire de la Wallonie la référence de la construction bois bas carbone") String vision,
        List<ExpectedGainDto> expectedGains,
        List<ActionDto> actions,
        GovernanceDto governance,
        @Schema(description = "Euros per year the members bring", example = "30000.00") BigDecimal privateContributionsPerYear) {

    @Schema(name = "DossierMember", description = "A member: a registered organisation, its role, its co-optation (core group)")
    public record MemberDto(
            @Schema(description = "A registered organisation") UUID organisationId,
            @Schema(example = "CORE_GROUP") MemberRole role,
            @Schema(description = "Only for CORE_GROUP members: when and by whom they were co-opted") CoOptationDto coOptation,
            @Schema(description = "The member's decision centre is abroad") boolean decisionCentreAbroad) {
    }

    @Schema(name = "CoOptation")
    public record CoOptationDto(@Schema(example = "2026-01-15") LocalDate on,
            @Schema(example = "Assemblée des entreprises membres") String by) {
    }

    @Schema(name = "DossierRelation", description = "A relation between two distinct members; direction and market flag "
            + "default from the kind (customer–supplier and subcontracting: vertical, market; others: horizontal)")
    public record RelationDto(UUID fromOrganisationId, UUID toOrganisationId, @Schema(example = "CUSTOMER_SUPPLIER") RelationKind kind,
            RelationDirection direction, Boolean market,
            @Schema(example = "La scierie fournit les poutres de l'ossature") String description) {
    }

    @Schema(name = "DossierObjective")
    public record ObjectiveDto(@Schema(example = "Conquérir le marché résidentiel wallon") String statement,
            @Schema(description = "Members who endorse the objective") List<UUID> endorsedBy) {
    }

    @Schema(name = "DossierExpectedGain")
    public record ExpectedGainDto(@Schema(example = "Chiffre d'affaires à l'export") String description,
            @Schema(example = "export turnover") String indicator, @Schema(example = "1500000") BigDecimal targetValue,
            @Schema(example = "EUR") String unit) {
    }

    @Schema(name = "DossierAction", description = "An action of the plan: axis is one of the six of 001, orientation one of "
            + "the three of 003")
    public record ActionDto(@Schema(example = "Salon commun Batibouw") String title, @Schema(example = "TARGETED") ActionType type,
            @Schema(example = "COMMERCIAL") ActionCategory category, @Schema(example = "PROMOTION") ActionAxis axis,
            @Schema(example = "PRODUITS_MARCHES") Orientation orientation, @Schema(example = "2027-02-01") LocalDate startDate,
            @Schema(example = "2029-12-31") LocalDate endDate, boolean recurring, List<UUID> participants,
            @Schema(example = "20000.00") BigDecimal budget,
            @Schema(example = "5 contrats de maisons clés sur porte par an") String expectedMarketOutcome) {
    }

    @Schema(name = "DossierGovernance", description = "Functioning rules, each in words, and the public contact (website, e-mail)")
    public record GovernanceDto(@Schema(example = "Admission sur proposition du noyau dur, votée par l'assemblée") String admissionRules,
            @Schema(example = "Les membres s'engagent à ne pas débaucher le personnel des autres membres") String noPoachingRule,
            @Schema(example = "Assemblée des membres à la majorité des deux tiers") String decisionMaking,
            @Schema(example = "https://www.cluster-bois.be", description = "The cluster's website (http:// or https://), published "
                    + "in the public register") String website,
            @Schema(example = "contact@cluster-bois.be", description = "A public contact e-mail for firms that want to join, "
                    + "published in the public register") String contactEmail) {
    }

    ReplaceDossierContentCommand toCommand(UUID dossierId, long expectedVersion, Caller caller) {
        return new ReplaceDossierContentCommand(new DossierId(dossierId), expectedVersion,
                map(members, m -> new Member(m.organisationId(), m.role(),
                        m.coOptation() == null ? null : new CoOptation(m.coOptation().on(), m.coOptation().by()),
                        m.decisionCentreAbroad())),
                map(relations, r -> new Relation(r.fromOrganisationId(), r.toOrganisationId(), r.kind(), r.direction(), r.market(),
                        r.description())),
                map(objectives, o -> new Objective(o.statement(), o.endorsedBy())),
                vision,
                map(expectedGains, g -> new ExpectedGain(g.description(), g.indicator(), g.targetValue(), g.unit())),
                map(actions, a -> new Action(a.title(), a.type(), a.category(), a.axis(), a.orientation(), a.startDate(), a.endDate(),
                        a.recurring(), a.participants(), a.budget(), a.expectedMarketOutcome())),
                governance == null ? null
                        : new Governance(governance.admissionRules(), governance.noPoachingRule(), governance.decisionMaking(),
                                governance.website(), governance.contactEmail()),
                privateContributionsPerYear, caller);
    }

    static DossierContentDto of(DossierContent c) {
        return new DossierContentDto(
                map(c.members(), m -> new MemberDto(m.organisationId(), m.role(),
                        m.coOptation() == null ? null : new CoOptationDto(m.coOptation().on(), m.coOptation().by()),
                        m.decisionCentreAbroad())),
                map(c.relations(), r -> new RelationDto(r.fromOrganisationId(), r.toOrganisationId(), r.kind(), r.direction(),
                        r.market(), r.description())),
                map(c.objectives(), o -> new ObjectiveDto(o.statement(), o.endorsedBy())),
                c.vision(),
                map(c.expectedGains(), g -> new ExpectedGainDto(g.description(), g.indicator(), g.targetValue(), g.unit())),
                map(c.actions(), a -> new ActionDto(a.title(), a.type(), a.category(), a.axis(), a.orientation(), a.startDate(),
                        a.endDate(), a.recurring(), a.participants(), a.budget(), a.expectedMarketOutcome())),
                c.governance() == null ? null : new GovernanceDto(c.governance().admissionRules(), c.governance().noPoachingRule(),
                        c.governance().decisionMaking(), c.governance().website(), c.governance().contactEmail()),
                c.privateContributionsPerYear());
    }

    /** Maps a list, keeping null items as null so that the domain reports them by index. */
    private static <A, B> List<B> map(List<A> list, Function<A, B> f) {
        return list == null ? List.of() : list.stream().map(a -> a == null ? null : f.apply(a)).toList();
    }
}
