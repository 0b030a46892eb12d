package be.wallonie.clusters.registry.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.registry.domain.followup.ActionStatus;
import be.wallonie.clusters.registry.domain.followup.JudgedPlan;
import be.wallonie.clusters.registry.domain.followup.PlanExecution;
import be.wallonie.clusters.registry.domain.followup.PlanExecution.Rate;
import be.wallonie.clusters.registry.domain.followup.PlanReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The follow-up's account of the judged plan, as the API reads and writes it. */
final class FollowUpPlanDtos {

    private FollowUpPlanDtos() {
    }

    @Schema(name = "FollowUpPlanReport", description = "The report's account of the plan the Comité judged: every action, every "
            + "expected gain of the validated snapshot and every condition of the opinion the decision followed, each named by its "
            + "1-based `index` there. Titles, planned budgets, targets and condition texts are echoed in responses (ignored in requests).")
    record PlanDto(List<ActionDto> actions, List<GainDto> expectedGains, List<ConditionDto> conditions) {

        PlanReport toDomain() {
            return new PlanReport(nonNull(actions).stream().map(a -> a == null ? new ActionDto(null, null, null, null, null, null, null) : a)
                    .map(a -> new PlanReport.ActionOutcome(a.index(), null, a.status(), a.reason(), null, a.actualBudget(),
                            a.actualParticipants())).toList(),
                    nonNull(expectedGains).stream().map(g -> g == null ? new GainDto(null, null, null, null, null) : g)
                            .map(g -> new PlanReport.GainOutcome(g.index(), null, null, null, g.achieved())).toList(),
                    nonNull(conditions).stream().map(c -> c == null ? new ConditionDto(null, null, null, null) : c)
                            .map(c -> new PlanReport.ConditionOutcome(c.index(), null, c.met(), c.comment())).toList());
        }

        static PlanDto of(PlanReport r) {
            return r == null ? null : new PlanDto(
                    r.actions().stream().map(a -> new ActionDto(a.index(), a.title(), a.status(), a.reason(), a.plannedBudget(),
                            a.actualBudget(), a.actualParticipants())).toList(),
                    r.gains().stream().map(g -> new GainDto(g.index(), g.description(), g.targetValue(), g.unit(), g.achieved())).toList(),
                    r.conditions().stream().map(c -> new ConditionDto(c.index(), c.condition(), c.met(), c.comment())).toList());
        }

        private static <T> List<T> nonNull(List<T> items) {
            return items == null ? List.of() : new ArrayList<>(items);
        }
    }

    @Schema(name = "FollowUpActionOutcome")
    record ActionDto(@Schema(example = "1", description = "1-based position of the action in the validated snapshot's plan") Integer index,
            @Schema(readOnly = true, example = "Salon commun Batibouw") String title,
            @Schema(description = "At the end of the reported year") ActionStatus status,
            @Schema(description = "Required when POSTPONED or DROPPED") String reason,
            @Schema(readOnly = true, description = "The action's budget in the plan, euros") BigDecimal plannedBudget,
            @Schema(minimum = "0", description = "Euros spent on it from the agrément's start to the end of the reported year")
            BigDecimal actualBudget,
            @Schema(description = "The organisations that actually took part") List<UUID> actualParticipants) {
    }

    @Schema(name = "FollowUpGainOutcome")
    record GainDto(@Schema(example = "1", description = "1-based position of the gain in the validated snapshot") Integer index,
            @Schema(readOnly = true) String description, @Schema(readOnly = true) BigDecimal targetValue,
            @Schema(readOnly = true) String unit,
            @Schema(description = "The value achieved at the end of the reported year, in the gain's unit") BigDecimal achieved) {
    }

    @Schema(name = "FollowUpConditionOutcome")
    record ConditionDto(@Schema(example = "1", description = "1-based position of the condition in the Comité's opinion") Integer index,
            @Schema(readOnly = true) String condition, Boolean met, @Schema(description = "Required") String comment) {
    }

    @Schema(name = "FollowUpPlanExecution", description = "The report's figures against the plan; each rate is a share 0..1 "
            + "(4 decimals), null when its denominator is 0; `explanations` say what each counts over what")
    record ExecutionDto(int actionsPlanned, int carriedOut, int ongoing, int postponed, int dropped, BigDecimal budgetPlanned,
            BigDecimal budgetSpent, int gainsTargeted, int gainsAchieved, int conditionsTotal, int conditionsMet, int conditionsUnmet,
            BigDecimal executionRate, BigDecimal executionRateWithOngoing, BigDecimal budgetSpentRate, BigDecimal gainsAchievedRate,
            BigDecimal conditionsMetRate, @Schema(description = "EUR") String currency) {

        static ExecutionDto of(PlanExecution e) {
            return e == null ? null : new ExecutionDto(e.actionsPlanned(), e.carriedOut(), e.ongoing(), e.postponed(), e.dropped(),
                    e.budgetPlanned(), e.budgetSpent(), e.gainsTargeted(), e.gainsAchieved(), e.conditionsTotal(), e.conditionsMet(),
                    e.conditionsUnmet(), e.rate(Rate.EXECUTION), e.rate(Rate.EXECUTION_WITH_ONGOING), e.rate(Rate.BUDGET_SPENT),
                    e.rate(Rate.GAINS_ACHIEVED), e.rate(Rate.CONDITIONS_MET), "EUR");
        }
    }

    @Schema(name = "FollowUpRateExplanation", description = "What a rate counts over what (Accept-Language)")
    record ExplanationDto(@Schema(example = "executionRate") String rate,
            @Schema(example = "actions du plan réalisées (CARRIED_OUT) / actions du plan jugé") String explanation) {

        static List<ExplanationDto> all(Locale locale) {
            return java.util.Arrays.stream(Rate.values())
                    .map(r -> new ExplanationDto(r.field(), LocalizedText.of(r.fr(), r.en()).in(locale))).toList();
        }
    }

    @Schema(name = "FollowUpJudgedPlan", description = "The plan a year's report accounts for, items numbered from 1")
    record JudgedPlanDto(int snapshotVersion, UUID opinionId, List<Item> actions, List<Item> expectedGains, List<Item> conditions) {

        @Schema(name = "FollowUpPlanItem")
        record Item(int index, String title, @Schema(description = "Planned budget or target value") BigDecimal planned,
                String unit) {
        }

        static JudgedPlanDto of(JudgedPlan p) {
            return new JudgedPlanDto(p.snapshotVersion(), p.opinionId(),
                    IntStream.range(0, p.actions().size()).mapToObj(i -> new Item(i + 1, p.actions().get(i).title(),
                            p.actions().get(i).budget(), "EUR")).toList(),
                    IntStream.range(0, p.gains().size()).mapToObj(i -> new Item(i + 1, p.gains().get(i).description(),
                            p.gains().get(i).targetValue(), p.gains().get(i).unit())).toList(),
                    IntStream.range(0, p.conditions().size()).mapToObj(i -> new Item(i + 1, p.conditions().get(i), null, null)).toList());
        }
    }
}
