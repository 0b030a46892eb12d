package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.DossierSnapshot;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import be.wallonie.clusters.registry.domain.dossier.MemberOrganisation;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import be.wallonie.clusters.registry.domain.dossier.Volet;
import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import be.wallonie.clusters.registry.domain.organisation.Region;
import be.wallonie.clusters.registry.domain.organisation.SizeClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DossierSnapshot", description = "The immutable snapshot frozen at a submission, with each member organisation "
        + "as it stood then")
public record SnapshotResponse(
        UUID dossierId,
        @Schema(example = "1") int snapshotVersion,
        Instant submittedAt,
        String submittedBy,
        String name,
        String acronym,
        Scheme scheme,
        Volet entryVolet,
        CreateDossierRequest.FocusDto focus,
        DossierContentDto content,
        @Schema(description = "The member organisations as they stood at submission, in the order of content.members")
        List<OrganisationAtSubmission> organisations,
        AnimatorAtSubmission animatorPost,
        @Schema(description = "The funded beneficiary a grape or a pole stated at submission; null when none")
        FundedBeneficiaryResource.FundedBeneficiaryResponse fundedBeneficiary) {

    @Schema(name = "OrganisationAtSubmission")
    public record OrganisationAtSubmission(UUID organisationId, String enterpriseNumber, String name, OrganisationKind kind,
            SizeClass sizeClass, Region region, String country, boolean walloonEstablishment, String corporateGroup,
            List<String> naceCodes, Integer employees) {

        static OrganisationAtSubmission of(MemberOrganisation o) {
            return new OrganisationAtSubmission(o.organisationId(), o.enterpriseNumber(), o.name(), o.kind(), o.sizeClass(),
                    o.region(), o.country(), o.walloonEstablishment(), o.corporateGroup(), o.naceCodes(), o.employees());
        }
    }

    @Schema(name = "AnimatorPostAtSubmission")
    public record AnimatorAtSubmission(UUID employerOrganisationId, String animatorName, BigDecimal fte, LocalDate startDate,
            BigDecimal yearlyCost, BigDecimal privateContributionsPerYear) {

        static AnimatorAtSubmission of(AnimatorPost p) {
            return p == null ? null : new AnimatorAtSubmission(p.employerOrganisationId(), p.animatorName(), p.fte(), p.startDate(),
                    p.yearlyCost(), p.privateContributionsPerYear());
        }
    }

    @Schema(name = "DossierSnapshotSummary")
    public record Summary(@Schema(example = "1") int snapshotVersion, Instant submittedAt, String submittedBy, String name,
            @Schema(description = "Number of members") int members, @Schema(description = "Number of actions") int actions) {

        static Summary of(DossierSubmitted s) {
            return new Summary(s.snapshot().snapshotVersion(), s.submittedAt(), s.submittedBy(), s.snapshot().name(),
                    s.snapshot().content().members().size(), s.snapshot().content().actions().size());
        }
    }

    static SnapshotResponse of(DossierSubmitted submitted) {
        DossierSnapshot s = submitted.snapshot();
        return new SnapshotResponse(s.dossierId().value(), s.snapshotVersion(), submitted.submittedAt(), submitted.submittedBy(),
                s.name(), s.acronym(), s.scheme(), s.entryVolet(),
                new CreateDossierRequest.FocusDto(s.focus().kind(), s.focus().domain(), s.focus().description()),
                DossierContentDto.of(s.content()), s.organisations().stream().map(OrganisationAtSubmission::of).toList(),
                AnimatorAtSubmission.of(s.animatorPost()),
                s.fundedBeneficiary() == null ? null : FundedBeneficiaryResource.FundedBeneficiaryResponse.of(s.fundedBeneficiary()));
    }
}
