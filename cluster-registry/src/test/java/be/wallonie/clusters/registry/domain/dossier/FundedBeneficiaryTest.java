package be.wallonie.clusters.registry.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FundedBeneficiaryTest {

    static final UUID MEMBER = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final UUID STRANGER = UUID.fromString("44444444-4444-4444-8444-444444444444");
    static final List<UUID> MEMBERS = List.of(MEMBER);

    @Test
    void a_grape_names_a_member_and_its_yearly_eligible_costs_to_the_cent() {
        FundedBeneficiary b = FundedBeneficiary.declare(Scheme.TECHNOLOGY_GRAPE, MEMBERS, MEMBER, new BigDecimal("30000"));
        assertThat(b.organisationId()).isEqualTo(MEMBER);
        assertThat(b.yearlyEligibleCosts()).isEqualTo(new BigDecimal("30000.00"));
    }

    @Test
    void a_pole_names_a_member_and_no_yearly_cost() {
        assertThat(FundedBeneficiary.declare(Scheme.COMPETITIVENESS_POLE, MEMBERS, MEMBER, null))
                .isEqualTo(new FundedBeneficiary(MEMBER, null));
        assertThatThrownBy(() -> FundedBeneficiary.declare(Scheme.COMPETITIVENESS_POLE, MEMBERS, MEMBER, new BigDecimal("1.00")))
                .isInstanceOfSatisfying(InvalidFundedBeneficiaryException.class, e -> assertThat(e.violations())
                        .containsExactly(new FundingViolation("yearlyEligibleCosts", FundingViolation.Code.NOT_FOR_POLE)));
    }

    @Test
    void an_economic_cluster_declares_its_animateur_post_instead() {
        assertThatThrownBy(() -> FundedBeneficiary.declare(Scheme.ECONOMIC_CLUSTER, MEMBERS, MEMBER, null))
                .isInstanceOfSatisfying(FundedBeneficiaryRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FundedBeneficiaryRefusedException.Reason.NOT_FOR_ECONOMIC_CLUSTER));
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        assertThatThrownBy(() -> FundedBeneficiary.declare(Scheme.TECHNOLOGY_GRAPE, MEMBERS, STRANGER, null))
                .isInstanceOfSatisfying(InvalidFundedBeneficiaryException.class, e -> assertThat(e.violations()).containsExactly(
                        new FundingViolation("organisationId", FundingViolation.Code.NOT_A_MEMBER),
                        new FundingViolation("yearlyEligibleCosts", FundingViolation.Code.REQUIRED)));
        assertThatThrownBy(() -> FundedBeneficiary.declare(Scheme.TECHNOLOGY_GRAPE, MEMBERS, null, BigDecimal.ZERO))
                .isInstanceOfSatisfying(InvalidFundedBeneficiaryException.class, e -> assertThat(e.violations()).containsExactly(
                        new FundingViolation("organisationId", FundingViolation.Code.REQUIRED),
                        new FundingViolation("yearlyEligibleCosts", FundingViolation.Code.NOT_POSITIVE)));
        assertThatThrownBy(() -> FundedBeneficiary.declare(Scheme.TECHNOLOGY_GRAPE, MEMBERS, MEMBER, new BigDecimal("25000.001")))
                .isInstanceOfSatisfying(InvalidFundedBeneficiaryException.class, e -> assertThat(e.violations()).containsExactly(
                        new FundingViolation("yearlyEligibleCosts", FundingViolation.Code.TOO_PRECISE)));
    }
}
