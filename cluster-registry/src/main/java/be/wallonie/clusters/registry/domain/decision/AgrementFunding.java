package be.wallonie.clusters.registry.domain.decision;

import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.DossierSnapshot;
import be.wallonie.clusters.registry.domain.dossier.FundedBeneficiary;
import be.wallonie.clusters.registry.domain.dossier.Member;
import be.wallonie.clusters.registry.domain.dossier.MemberOrganisation;
import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What an agrément (first or renewed) tells the funding service, taken from the snapshot the Comité judged — never
 * from what was stated since — as each scheme funds it:
 * <ul>
 *   <li>{@code ECONOMIC_CLUSTER}: the animateur post is required ("Obligation d'engager un animateur", 001); the
 *       beneficiary is its employer and the yearly eligible cost its yearly cost;</li>
 *   <li>{@code TECHNOLOGY_GRAPE}: no animateur post needed; the declared funded beneficiary is required, and its
 *       yearly eligible costs are the grape's ("25 000 €/an pendant 2 ans", 001);</li>
 *   <li>{@code COMPETITIVENESS_POLE}: no animateur post needed; the declared funded beneficiary is required; no
 *       default yearly cost — a pole is funded by the projects the Region approves for it.</li>
 * </ul>
 *
 * @param beneficiaryOrganisationId the organisation that receives the funding
 * @param animatorPost              the animateur post judged, null for a grape or a pole that stated none
 * @param eligibleYearlyCosts       the yearly cost the scheme funds by default, null for a pole
 * @param privateContributions      yearly private contributions: the post's when one was stated, else the dossier's
 * @param coreGroupOrganisationIds  the judged snapshot's core-group members, in the dossier's order
 * @param coreGroupEnterpriseNumbers their enterprise numbers as the snapshot froze them (members without one left out):
 *                                   applicants' tokens name their organisation by enterprise number
 */
public record AgrementFunding(UUID beneficiaryOrganisationId, AnimatorPost animatorPost, BigDecimal eligibleYearlyCosts,
        BigDecimal privateContributions, List<UUID> coreGroupOrganisationIds, List<String> coreGroupEnterpriseNumbers) {

    public AgrementFunding {
        Objects.requireNonNull(beneficiaryOrganisationId, "beneficiary");
        coreGroupOrganisationIds = List.copyOf(coreGroupOrganisationIds);
        coreGroupEnterpriseNumbers = List.copyOf(coreGroupEnterpriseNumbers);
    }

    /**
     * The funding terms of a validation of {@code judged} (a dossier of {@code scheme}).
     *
     * @param judged the snapshot the Comité judged; null when none was kept
     * @throws DecisionRefusedException ANIMATOR_POST_MISSING (economic cluster) or FUNDED_BENEFICIARY_MISSING (grape, pole)
     */
    public static AgrementFunding of(Scheme scheme, DossierSnapshot judged) {
        AnimatorPost post = judged == null ? null : judged.animatorPost();
        FundedBeneficiary declared = judged == null ? null : judged.fundedBeneficiary();
        List<UUID> coreGroup = judged == null ? List.of() : judged.content().members().stream()
                .filter(m -> m.role() == MemberRole.CORE_GROUP).map(Member::organisationId).distinct().toList();
        List<String> numbers = judged == null ? List.of() : judged.organisations().stream()
                .filter(o -> coreGroup.contains(o.organisationId()) && o.enterpriseNumber() != null)
                .map(MemberOrganisation::enterpriseNumber).distinct().toList();
        BigDecimal dossierContributions = judged == null ? null : judged.content().privateContributionsPerYear();
        BigDecimal contributions = post != null ? post.privateContributionsPerYear() : dossierContributions;
        return switch (scheme) {
            case ECONOMIC_CLUSTER -> {
                if (post == null) {
                    throw new DecisionRefusedException(DecisionRefusedException.Reason.ANIMATOR_POST_MISSING);
                }
                yield new AgrementFunding(post.employerOrganisationId(), post, post.yearlyCost(), contributions, coreGroup, numbers);
            }
            case TECHNOLOGY_GRAPE, COMPETITIVENESS_POLE -> {
                if (declared == null) {
                    throw new DecisionRefusedException(DecisionRefusedException.Reason.FUNDED_BENEFICIARY_MISSING);
                }
                BigDecimal yearly = scheme == Scheme.TECHNOLOGY_GRAPE ? declared.yearlyEligibleCosts() : null;
                yield new AgrementFunding(declared.organisationId(), post, yearly, contributions, coreGroup, numbers);
            }
        };
    }
}
