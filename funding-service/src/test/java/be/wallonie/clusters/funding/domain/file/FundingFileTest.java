package be.wallonie.clusters.funding.domain.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.FundingInputs;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FundingFileTest {

    static final UUID DOSSIER = UUID.randomUUID();
    static final Beneficiary BENEFICIARY = new Beneficiary(UUID.randomUUID(), "0403.170.701", "Cluster Bois ASBL");
    static final UUID FIRST = UUID.randomUUID();

    static FundedPeriod period(UUID id, int number, int fromYear) {
        return new FundedPeriod(id, number, LocalDate.of(fromYear, 4, 1), LocalDate.of(fromYear + 3, 3, 31), false);
    }

    static FundingFile granted() {
        return FundingFile.open(DOSSIER).agrementGranted("Cluster Bois", SchemeCode.CLUSTER_ANIMATOR, period(FIRST, 1, 2025),
                BENEFICIARY, Money.euros(200_000), Money.ZERO);
    }

    @Test
    void an_empty_file_has_nothing_to_compute() {
        assertThat(FundingFile.open(DOSSIER).scheduleInputs()).isEmpty();
    }

    @Test
    void granting_the_same_agrement_twice_changes_nothing_and_another_first_agrement_is_refused() {
        FundingFile file = granted();
        assertThat(file.agrementGranted("Cluster Bois", SchemeCode.CLUSTER_ANIMATOR, period(FIRST, 1, 2025), BENEFICIARY,
                Money.euros(200_000), Money.ZERO)).isSameAs(file);
        assertThatThrownBy(() -> file.agrementGranted("Cluster Bois", SchemeCode.CLUSTER_ANIMATOR, period(UUID.randomUUID(), 1, 2025),
                BENEFICIARY, Money.euros(200_000), Money.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void renewals_follow_in_number_and_date_order() {
        FundingFile file = granted();
        assertThatThrownBy(() -> file.agrementRenewed("Cluster Bois", SchemeCode.CLUSTER_ANIMATOR, period(UUID.randomUUID(), 3, 2028),
                BENEFICIARY, Money.euros(200_000), Money.ZERO)).hasMessageContaining("is period 2, not 3");
        assertThatThrownBy(() -> file.agrementRenewed("Cluster Bois", SchemeCode.CLUSTER_ANIMATOR, period(UUID.randomUUID(), 2, 2027),
                BENEFICIARY, Money.euros(200_000), Money.ZERO)).hasMessageContaining("before period 1 ends");
        assertThatThrownBy(() -> FundingFile.open(DOSSIER).agrementRenewed("Cluster Bois", SchemeCode.CLUSTER_ANIMATOR,
                period(UUID.randomUUID(), 2, 2028), BENEFICIARY, Money.euros(200_000), Money.ZERO))
                .hasMessageContaining("no agrément to renew");

        FundingFile renewed = file.agrementRenewed("Cluster Bois", SchemeCode.CLUSTER_ANIMATOR, period(UUID.randomUUID(), 2, 2028),
                BENEFICIARY, Money.euros(210_000), Money.ZERO);
        FundingInputs inputs = renewed.scheduleInputs().get(0);
        assertThat(inputs.periods()).extracting(p -> p.number()).containsExactly(1, 2);
        assertThat(inputs.eligibleCosts().defaultYearly()).isEqualTo(Money.euros(210_000));
    }

    @Test
    void an_early_expiry_cuts_the_period_and_a_late_one_keeps_it() {
        FundingFile early = granted().agrementExpired(FIRST, LocalDate.of(2026, 6, 30));
        assertThat(early.periods().get(0).end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(early.periods().get(0).expired()).isTrue();
        FundingFile onTime = granted().agrementExpired(FIRST, LocalDate.of(2028, 3, 31));
        assertThat(onTime.periods().get(0).end()).isEqualTo(LocalDate.of(2028, 3, 31));
        assertThat(onTime.scheduleInputs().get(0).fingerprint()).isEqualTo(granted().scheduleInputs().get(0).fingerprint());
        assertThatThrownBy(() -> granted().agrementExpired(UUID.randomUUID(), LocalDate.of(2028, 3, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void declared_costs_feed_the_agrement_not_the_preparation_so_no_euro_counts_twice() {
        FundingFile file = FundingFile.open(DOSSIER).costsDeclared(2025, Money.euros(150_000), Money.ZERO)
                .preparationSupportGranted("Cluster Bois", new FundingFile.PreparationSupport(UUID.randomUUID(),
                        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), Money.euros(80_000)), BENEFICIARY)
                .agrementGranted("Cluster Bois", SchemeCode.CLUSTER_ANIMATOR, period(FIRST, 1, 2025), BENEFICIARY,
                        Money.euros(200_000), Money.ZERO);
        List<FundingInputs> inputs = file.scheduleInputs();
        assertThat(inputs).extracting(FundingInputs::scheme).containsExactly(SchemeCode.CLUSTER_PREPARATION, SchemeCode.CLUSTER_ANIMATOR);
        assertThat(inputs.get(0).eligibleCosts().declared()).isEmpty();
        assertThat(inputs.get(1).eligibleCosts().declaredFor(2025)).contains(Money.euros(150_000));
    }

    @Test
    void a_later_declaration_of_a_year_replaces_the_earlier_one() {
        FundingFile file = granted().costsDeclared(2026, Money.euros(100_000), Money.ZERO).costsDeclared(2026, Money.euros(90_000), Money.ZERO);
        assertThat(file.declaredCosts()).containsEntry(2026, Money.euros(90_000)).hasSize(1);
    }

    @Test
    void the_registry_schemes_map_to_funding_schemes() {
        assertThat(SchemeCode.ofAgrement("ECONOMIC_CLUSTER")).isEqualTo(SchemeCode.CLUSTER_ANIMATOR);
        assertThat(SchemeCode.ofAgrement("TECHNOLOGY_GRAPE")).isEqualTo(SchemeCode.TECHNOLOGY_GRAPE);
        assertThat(SchemeCode.ofAgrement("COMPETITIVENESS_POLE")).isEqualTo(SchemeCode.COMPETITIVENESS_POLE);
        assertThatThrownBy(() -> SchemeCode.ofAgrement("LOBBY")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_beneficiary_without_a_well_formed_enterprise_number_has_no_register_digits() {
        assertThat(BENEFICIARY.enterpriseDigits()).contains("0403170701");
        assertThat(new Beneficiary(UUID.randomUUID(), null, "Université").enterpriseDigits()).isEmpty();
        assertThat(new Beneficiary(UUID.randomUUID(), "12", "X").enterpriseDigits()).isEmpty();
    }
}
