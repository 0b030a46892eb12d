package be.wallonie.clusters.registry.domain.pole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.wallonie.clusters.registry.domain.agrement.Agrement;
import be.wallonie.clusters.registry.domain.dossier.FundingViolation;
import be.wallonie.clusters.registry.domain.dossier.FundingViolation.Code;
import be.wallonie.clusters.registry.domain.dossier.Scheme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PoleProjectTest {

    static final UUID POLE = UUID.fromString("11111111-1111-4111-8111-111111111111");
    static final Instant NOW = Instant.parse("2027-06-01T10:00:00Z");
    /** 2027-01-01 .. 2029-12-31, then renewed 2030-01-01 .. 2032-12-31. */
    static final List<Agrement> AGREMENTS = List.of(
            new Agrement(UUID.randomUUID(), POLE, 1, LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31), Agrement.Status.RENEWED,
                    UUID.randomUUID(), "region-1", NOW),
            new Agrement(UUID.randomUUID(), POLE, 2, LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31), Agrement.Status.ACTIVE,
                    UUID.randomUUID(), "region-1", NOW));

    static PoleProject.Proposal proposal(String kind, LocalDate start, LocalDate end, String budget, String contributions) {
        return new PoleProject.Proposal(kind, "Plateforme de bioproduction", 2027, start, end,
                budget == null ? null : new BigDecimal(budget), contributions == null ? null : new BigDecimal(contributions));
    }

    static PoleProject approve(Scheme scheme, List<Agrement> agrements, PoleProject.Proposal p) {
        return PoleProject.approve(UUID.randomUUID(), POLE, scheme, agrements, p, "region-1", NOW);
    }

    @Test
    void a_project_inside_an_agrement_period_is_approved_and_its_public_share_is_budget_less_private_contributions() {
        PoleProject p = approve(Scheme.COMPETITIVENESS_POLE, AGREMENTS,
                proposal("R_AND_D", LocalDate.of(2027, 9, 1), LocalDate.of(2029, 8, 31), "900000", "300000.5"));
        assertThat(p.kind()).isEqualTo(PoleProject.Kind.R_AND_D);
        assertThat(p.budget()).isEqualTo(new BigDecimal("900000.00"));
        assertThat(p.privateContributions()).isEqualTo(new BigDecimal("300000.50"));
        assertThat(p.publicShare()).isEqualTo(new BigDecimal("599999.50"));
        // the renewed period counts too; contributions equal to the budget are allowed (no public share)
        assertThat(approve(Scheme.COMPETITIVENESS_POLE, AGREMENTS, new PoleProject.Proposal("TRAINING", "Formation", 2029,
                LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31), new BigDecimal("50000.00"), new BigDecimal("50000.00")))
                .publicShare()).isEqualByComparingTo("0");
    }

    @Test
    void only_a_pole_with_an_agrement_receives_projects() {
        PoleProject.Proposal p = proposal("INVESTMENT", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31), "100000.00", "0");
        assertThatThrownBy(() -> approve(Scheme.TECHNOLOGY_GRAPE, AGREMENTS, p)).isInstanceOfSatisfying(
                PoleProjectRefusedException.class, e -> assertThat(e.reason()).isEqualTo(PoleProjectRefusedException.Reason.NOT_A_POLE));
        assertThatThrownBy(() -> approve(Scheme.COMPETITIVENESS_POLE, List.of(), p)).isInstanceOfSatisfying(
                PoleProjectRefusedException.class, e -> assertThat(e.reason()).isEqualTo(PoleProjectRefusedException.Reason.NO_AGREMENT));
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        PoleProject.Proposal bad = new PoleProject.Proposal("LOBBYING", " ", 2030, LocalDate.of(2028, 1, 1), LocalDate.of(2027, 1, 1),
                BigDecimal.ZERO, new BigDecimal("-1"));
        assertThatThrownBy(() -> approve(Scheme.COMPETITIVENESS_POLE, AGREMENTS, bad)).isInstanceOfSatisfying(
                InvalidPoleProjectException.class, e -> assertThat(e.violations()).containsExactly(
                        new FundingViolation("kind", Code.UNKNOWN_KIND), new FundingViolation("title", Code.REQUIRED),
                        new FundingViolation("callYear", Code.CALL_AFTER_START), new FundingViolation("endDate", Code.BEFORE_START),
                        new FundingViolation("budget", Code.NOT_POSITIVE), new FundingViolation("privateContributions", Code.NEGATIVE)));
        assertThatThrownBy(() -> approve(Scheme.COMPETITIVENESS_POLE, AGREMENTS, new PoleProject.Proposal(null, null, null, null, null,
                null, null))).isInstanceOfSatisfying(InvalidPoleProjectException.class, e -> assertThat(e.violations())
                .extracting(v -> v.field() + ":" + v.code()).containsExactly("kind:REQUIRED", "title:REQUIRED", "callYear:REQUIRED",
                        "startDate:REQUIRED", "endDate:REQUIRED", "budget:REQUIRED", "privateContributions:REQUIRED"));
    }

    @Test
    void dates_lie_inside_one_agrement_period_and_contributions_never_exceed_the_budget() {
        // straddles the renewal: 2029-06-01 .. 2030-05-31 is inside neither period alone
        assertThatThrownBy(() -> approve(Scheme.COMPETITIVENESS_POLE, AGREMENTS,
                proposal("R_AND_D", LocalDate.of(2029, 6, 1), LocalDate.of(2030, 5, 31), "100000.00", "100000.01")))
                .isInstanceOfSatisfying(InvalidPoleProjectException.class, e -> assertThat(e.violations()).containsExactly(
                        new FundingViolation("startDate", Code.OUTSIDE_AGREMENT), new FundingViolation("endDate", Code.OUTSIDE_AGREMENT),
                        new FundingViolation("privateContributions", Code.ABOVE_BUDGET)));
        assertThatThrownBy(() -> approve(Scheme.COMPETITIVENESS_POLE, AGREMENTS,
                proposal("R_AND_D", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 5, 31), "100000.001", "0")))
                .isInstanceOfSatisfying(InvalidPoleProjectException.class, e -> assertThat(e.violations()).extracting(v -> v.code())
                        .containsExactly(Code.CALL_AFTER_START, Code.OUTSIDE_AGREMENT, Code.OUTSIDE_AGREMENT, Code.TOO_PRECISE));
    }
}
