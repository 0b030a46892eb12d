package be.wallonie.clusters.evaluation.adapter.in.rest;

import be.wallonie.clusters.evaluation.application.port.in.ExpertForm;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.ExpertPage;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.ExpertView;
import be.wallonie.clusters.evaluation.application.port.in.ExpertUseCases.InterestForm;
import be.wallonie.clusters.evaluation.domain.expert.ClusterStage;
import be.wallonie.clusters.evaluation.domain.expert.Conflict;
import be.wallonie.clusters.evaluation.domain.expert.InterestDeclaration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the expert endpoints. */
final class ExpertDtos {

    private ExpertDtos() {
    }

    @Schema(name = "ExpertRequest", description = "What the secretariat records about an expert")
    record ExpertRequest(
            @Schema(description = "The token subject the expert signs in with: an EXPERT user is the expert with this userId",
                    example = "expert-anna-keller") String userId,
            @Schema(example = "Anna Keller") String name,
            @Schema(description = "ISO 3166-1 alpha-2", example = "DE") String country,
            @Schema(description = "Domains of competence, matched case-insensitively with a dossier's focus domain",
                    example = "[\"éco-construction\", \"matériaux\"]") List<String> domains,
            @Schema(description = "A specialist of regional development (one per panel)") boolean regionalDevelopmentSpecialist,
            @Schema(description = "Employed by the Cellule Clusters or the Region: never eligible") boolean publicAuthorityStaff,
            @Schema(description = "Employers and other affiliations, past and present") List<AffiliationDto> affiliations) {

        ExpertForm toForm() {
            return new ExpertForm(userId, name, country, domains, regionalDevelopmentSpecialist, publicAuthorityStaff,
                    affiliations == null ? List.of() : affiliations.stream().map(a -> a == null ? null
                            : new ExpertForm.AffiliationForm(a.enterpriseNumber(), a.organisationName(), a.role(), a.from(), a.to(),
                                    a.country())).toList());
        }
    }

    @Schema(name = "Affiliation")
    record AffiliationDto(
            @Schema(description = "BCE/KBO number, any usual format; absent for an organisation abroad (then name and country)",
                    example = "0812.345.603") String enterpriseNumber,
            @Schema(example = "Bois & Ossature du Condroz SRL") String organisationName,
            @Schema(example = "administratrice") String role,
            @Schema(description = "Start, if known", example = "2015-01-01") LocalDate from,
            @Schema(description = "End; absent while it lasts", example = "2019-12-31") LocalDate to,
            @Schema(description = "ISO 3166-1 alpha-2 country of an organisation abroad named without enterprise number; matched "
                    + "with cluster members by normalised name (case, accents, punctuation, legal form ignored) and country",
                    example = "FR") String country) {
    }

    @Schema(name = "Conflict", description = "Why the expert may not sit on a panel (domain.md §4)")
    record ConflictDto(@Schema(example = "AFFILIATION") String kind, String enterpriseNumber, String organisationName,
            @Schema(description = "The cluster's dossier; absent for staff and for a draft (the Comité does not read drafts)")
            UUID dossierId,
            @Schema(description = "The case whose snapshot lists the organisation; absent when the link comes from a member set the "
                    + "registry announced") UUID caseId,
            @Schema(description = "Absent when the link comes from a member set the registry announced") String clusterName,
            String description,
            @Schema(description = "Set when matched by name and country (an organisation abroad)") String country,
            @Schema(description = "Set when the link comes from a member set the registry announced (ClusterMembershipChanged): "
                    + "DRAFT or SUBMITTED (a cluster in preparation), VALIDATED (an existing cluster)", example = "DRAFT")
            String clusterStage) {

        static ConflictDto of(Conflict c, boolean english) {
            boolean draft = c.announcedStage() == ClusterStage.DRAFT;
            return new ConflictDto(c.kind().name(), c.enterpriseNumber(), c.organisationName(), draft ? null : c.dossierId(), c.caseId(),
                    c.clusterName(), english ? c.describeEn() : c.describeFr(), c.country(),
                    c.announcedStage() == null ? null : c.announcedStage().name());
        }
    }

    @Schema(name = "Expert")
    record ExpertResponse(UUID id, String userId, String name, String country, List<String> domains,
            boolean regionalDevelopmentSpecialist, boolean publicAuthorityStaff, List<AffiliationDto> affiliations,
            @Schema(description = "False when a conflict of interest is detected or the expert is Cellule/Region staff") boolean eligible,
            @Schema(description = "The conflicts detected today") List<ConflictDto> conflicts,
            @Schema(description = "Panels of cases without an opinion yet on which the expert sits (the load)") int activePanels,
            Instant registeredAt, @Schema(description = "Same as the ETag") long version) {

        static ExpertResponse of(ExpertView v, boolean english) {
            var e = v.expert();
            return new ExpertResponse(e.id(), e.userId(), e.name(), e.country(), e.domains().stream().sorted().toList(),
                    e.regionalDevelopmentSpecialist(), e.publicAuthorityStaff(),
                    e.affiliations().stream().map(a -> new AffiliationDto(a.enterpriseNumber(), a.organisationName(), a.role(), a.from(),
                            a.to(), a.country())).toList(),
                    v.conflicts().isEmpty(), v.conflicts().stream().map(c -> ConflictDto.of(c, english)).toList(), v.activePanels(),
                    e.registeredAt(), e.version());
        }
    }

    @Schema(name = "ExpertPage", description = "One page of experts, sorted by name (case-insensitive) then id")
    record ExpertPageResponse(List<ExpertResponse> items, int page, int size, long totalItems, long totalPages) {

        static ExpertPageResponse of(ExpertPage p, boolean english) {
            return new ExpertPageResponse(p.items().stream().map(v -> ExpertResponse.of(v, english)).toList(), p.page(), p.size(),
                    p.totalItems(), p.totalPages());
        }
    }

    @Schema(name = "DeclarationRequest", description = "A declaration of interests, signed by the expert (the token's subject)")
    record DeclarationRequest(
            @Schema(example = "Je déclare sur l'honneur que les liens ci-dessous sont les seuls que j'entretiens avec des organisations wallonnes.")
            String statement,
            List<InterestDto> interests) {

        List<InterestForm> forms() {
            return interests == null ? List.of() : interests.stream()
                    .map(i -> i == null ? null : new InterestForm(i.enterpriseNumber(), i.organisationName(), i.nature(), i.country())).toList();
        }
    }

    @Schema(name = "DeclaredInterest")
    record InterestDto(@Schema(description = "BCE/KBO number; absent for an organisation abroad (then name and country)",
            example = "0812.345.603") String enterpriseNumber, @Schema(example = "Bois & Ossature du Condroz SRL")
            String organisationName, @Schema(example = "actionnaire minoritaire") String nature,
            @Schema(description = "ISO 3166-1 alpha-2 country of an organisation abroad named without enterprise number", example = "FR")
            String country) {
    }

    @Schema(name = "Declaration", description = "A signed, timestamped declaration of interests (append-only)")
    record DeclarationResponse(UUID id, UUID expertId, String signedBy, Instant signedAt, String statement, List<InterestDto> interests) {

        static DeclarationResponse of(InterestDeclaration d) {
            return new DeclarationResponse(d.id(), d.expertId(), d.signedBy(), d.signedAt(), d.statement(),
                    d.interests().stream().map(i -> new InterestDto(i.enterpriseNumber(), i.organisationName(), i.nature(), i.country())).toList());
        }
    }

    @Schema(name = "InterestEndingRequest", description = "That a declared interest ended; the organisation named as declared")
    record InterestEndingRequest(@Schema(example = "0812.345.603") String enterpriseNumber,
            @Schema(description = "Required without enterprise number") String organisationName,
            @Schema(description = "Required without enterprise number (ISO 3166-1 alpha-2)", example = "FR") String country,
            @Schema(description = "The day the link ended", example = "2026-11-30") java.time.LocalDate endedOn,
            @Schema(example = "Parts cédées le 30 novembre 2026") String reason) {
    }

    @Schema(name = "InterestEnding", description = "The secretariat's record that a declared interest ended (append-only)")
    record InterestEndingResponse(UUID id, UUID expertId, String organisationKey, String organisationName, java.time.LocalDate endedOn,
            Instant recordedAt, String recordedBy, String reason) {

        static InterestEndingResponse of(be.wallonie.clusters.evaluation.domain.expert.InterestEnding e) {
            return new InterestEndingResponse(e.id(), e.expertId(), e.organisationKey(), e.organisationName(), e.endedOn(), e.recordedAt(),
                    e.recordedBy(), e.reason());
        }
    }
}
