package be.wallonie.clusters.registry.domain.dossier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Who receives the Region's funding of a technology grape or a competitiveness pole, which need no animateur post
 * (an economic cluster's beneficiary is always its animateur's employer), and — a grape only — the yearly eligible costs
 * the grape scheme funds ("25 000 €/an pendant 2 ans", 001). A pole is funded by the projects the Region approves for
 * it, so it declares no yearly cost. Part of what a submission freezes, like the animateur post.
 *
 * @param organisationId      a member organisation of the dossier
 * @param yearlyEligibleCosts the grape's yearly eligible costs in euros (2 decimals, more than zero); null for a pole
 */
public record FundedBeneficiary(UUID organisationId, BigDecimal yearlyEligibleCosts) {

    public FundedBeneficiary {
        Objects.requireNonNull(organisationId, "organisation");
    }

    /**
     * The beneficiary a dossier of that scheme declares, checked against the scheme's rules: every offending field at
     * once ({@link InvalidFundedBeneficiaryException}); an economic cluster declares none
     * ({@link FundedBeneficiaryRefusedException}).
     *
     * @param memberIds the organisations that are members of the dossier
     */
    public static FundedBeneficiary declare(Scheme scheme, List<UUID> memberIds, UUID organisationId, BigDecimal yearlyEligibleCosts) {
        if (scheme == Scheme.ECONOMIC_CLUSTER) {
            throw new FundedBeneficiaryRefusedException(FundedBeneficiaryRefusedException.Reason.NOT_FOR_ECONOMIC_CLUSTER);
        }
        List<FundingViolation> violations = new ArrayList<>();
        if (organisationId == null) {
            violations.add(new FundingViolation("organisationId", FundingViolation.Code.REQUIRED));
        } else if (!memberIds.contains(organisationId)) {
            violations.add(new FundingViolation("organisationId", FundingViolation.Code.NOT_A_MEMBER));
        }
        if (scheme == Scheme.TECHNOLOGY_GRAPE) {
            if (yearlyEligibleCosts == null) {
                violations.add(new FundingViolation("yearlyEligibleCosts", FundingViolation.Code.REQUIRED));
            } else {
                FundingViolation.amount("yearlyEligibleCosts", yearlyEligibleCosts, true).ifPresent(violations::add);
            }
        } else if (yearlyEligibleCosts != null) {
            violations.add(new FundingViolation("yearlyEligibleCosts", FundingViolation.Code.NOT_FOR_POLE));
        }
        if (!violations.isEmpty()) {
            throw new InvalidFundedBeneficiaryException(violations);
        }
        return new FundedBeneficiary(organisationId, yearlyEligibleCosts == null ? null : yearlyEligibleCosts.setScale(2));
    }
}
