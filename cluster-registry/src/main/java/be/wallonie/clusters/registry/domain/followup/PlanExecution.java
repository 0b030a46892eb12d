package be.wallonie.clusters.registry.domain.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The figures of a report's account of the plan (FollowUpReportFiled.v1 {@code planExecution}), and the rates the
 * Cellule reads across clusters. Each rate is a share from 0 to 1 (4 decimals, half-up), null when its denominator is
 * zero; {@link Rate} says what is counted over what.
 *
 * @param budgetPlanned the plan's budget (actions without a budget count 0), euros
 * @param budgetSpent   the actual budgets reported, euros
 */
public record PlanExecution(int actionsPlanned, int carriedOut, int ongoing, int postponed, int dropped, BigDecimal budgetPlanned,
        BigDecimal budgetSpent, int gainsTargeted, int gainsAchieved, int conditionsTotal, int conditionsMet) {

    public PlanExecution {
        Objects.requireNonNull(budgetPlanned, "budget planned");
        Objects.requireNonNull(budgetSpent, "budget spent");
    }

    /** The figures of a report checked against its plan ({@link PlanReport#against}). */
    public static PlanExecution of(PlanReport r) {
        int[] byStatus = new int[ActionStatus.values().length];
        BigDecimal planned = BigDecimal.ZERO.setScale(2);
        BigDecimal spent = BigDecimal.ZERO.setScale(2);
        for (PlanReport.ActionOutcome a : r.actions()) {
            byStatus[a.status().ordinal()]++;
            planned = planned.add(a.plannedBudget() == null ? BigDecimal.ZERO : a.plannedBudget());
            spent = spent.add(a.actualBudget());
        }
        int achieved = (int) r.gains().stream().filter(PlanReport.GainOutcome::reachedTarget).count();
        int met = (int) r.conditions().stream().filter(c -> Boolean.TRUE.equals(c.met())).count();
        return new PlanExecution(r.actions().size(), byStatus[ActionStatus.CARRIED_OUT.ordinal()],
                byStatus[ActionStatus.ONGOING.ordinal()], byStatus[ActionStatus.POSTPONED.ordinal()],
                byStatus[ActionStatus.DROPPED.ordinal()], planned.setScale(2, RoundingMode.HALF_UP), spent.setScale(2, RoundingMode.HALF_UP),
                r.gains().size(), achieved, r.conditions().size(), met);
    }

    public int conditionsUnmet() {
        return conditionsTotal - conditionsMet;
    }

    public BigDecimal rate(Rate rate) {
        return switch (rate) {
            case EXECUTION -> share(BigDecimal.valueOf(carriedOut), BigDecimal.valueOf(actionsPlanned));
            case EXECUTION_WITH_ONGOING -> share(BigDecimal.valueOf(carriedOut + ongoing), BigDecimal.valueOf(actionsPlanned));
            case BUDGET_SPENT -> share(budgetSpent, budgetPlanned);
            case GAINS_ACHIEVED -> share(BigDecimal.valueOf(gainsAchieved), BigDecimal.valueOf(gainsTargeted));
            case CONDITIONS_MET -> share(BigDecimal.valueOf(conditionsMet), BigDecimal.valueOf(conditionsTotal));
        };
    }

    /** numerator / denominator to 4 decimals, half-up; null when the denominator is zero. */
    public static BigDecimal share(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, 4, RoundingMode.HALF_UP);
    }

    /** The rates of the follow-up against the plan, each with what it counts over what (fr/en). */
    public enum Rate {
        EXECUTION("executionRate", "actions du plan réalisées (CARRIED_OUT) / actions du plan jugé",
                "plan actions carried out (CARRIED_OUT) / actions of the judged plan"),
        EXECUTION_WITH_ONGOING("executionRateWithOngoing",
                "actions du plan réalisées ou en cours (CARRIED_OUT + ONGOING) / actions du plan jugé",
                "plan actions carried out or ongoing (CARRIED_OUT + ONGOING) / actions of the judged plan"),
        BUDGET_SPENT("budgetSpentRate", "budget réellement consacré aux actions, depuis le début de l'agrément jusqu'à la fin de "
                + "l'année / budget des actions au plan (une action sans budget compte 0)", "actual budget spent on the actions, "
                + "from the agrément's start to the end of the year / budget of the plan's actions (an action without a budget "
                + "counts 0)"),
        GAINS_ACHIEVED("gainsAchievedRate", "gains attendus dont la valeur atteinte est au moins la cible / gains attendus du plan",
                "expected gains whose achieved value is at least the target / expected gains of the plan"),
        CONDITIONS_MET("conditionsMetRate", "conditions de l'avis du Comité déclarées remplies / conditions de l'avis",
                "conditions of the Comité's opinion reported as met / conditions of the opinion");

        private final String field;
        private final String fr;
        private final String en;

        Rate(String field, String fr, String en) {
            this.field = field;
            this.fr = fr;
            this.en = en;
        }

        public String field() {
            return field;
        }

        public String fr() {
            return fr;
        }

        public String en() {
            return en;
        }
    }
}
