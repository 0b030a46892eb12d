package be.wallonie.clusters.registry.domain.followup;

import be.wallonie.clusters.registry.domain.dossier.Action;
import be.wallonie.clusters.registry.domain.dossier.ExpectedGain;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What a yearly report says of the plan the Comité judged ({@link JudgedPlan}): for each action its status at the end
 * of the year (a reason when postponed or dropped), its actual budget and participants; for each expected gain the
 * value achieved; for each condition of the opinion whether it is met, with a comment. Each item names its plan item by
 * {@code index} (1-based position in the snapshot or the opinion); once checked ({@link #against}), the plan's title,
 * planned budget, target or condition text is echoed beside it, so that a stored report reads on its own.
 */
public record PlanReport(List<ActionOutcome> actions, List<GainOutcome> gains, List<ConditionOutcome> conditions) {

    static final int MAX_TEXT = 4000;

    public PlanReport {
        actions = actions == null ? List.of() : List.copyOf(actions);
        gains = gains == null ? List.of() : List.copyOf(gains);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
    }

    /**
     * @param title          the plan action's title (echoed)
     * @param plannedBudget  its budget in the plan, euros (echoed; null when the plan gave none)
     * @param actualBudget   euros spent on it from the agrément's start to the end of the reported year
     * @param actualParticipants the organisations that actually took part
     */
    public record ActionOutcome(Integer index, String title, ActionStatus status, String reason, BigDecimal plannedBudget,
            BigDecimal actualBudget, List<UUID> actualParticipants) {

        public ActionOutcome {
            reason = reason == null || reason.isBlank() ? null : reason.strip();
            actualParticipants = actualParticipants == null ? List.of() : new ArrayList<>(actualParticipants);
        }
    }

    /**
     * @param description the plan gain's description (echoed)
     * @param targetValue its target (echoed), in {@code unit}
     * @param achieved    the value achieved at the end of the reported year, in the same unit
     */
    public record GainOutcome(Integer index, String description, BigDecimal targetValue, String unit, BigDecimal achieved) {

        /** A gain is achieved when the value reached is at least its target. */
        public boolean reachedTarget() {
            return achieved != null && targetValue != null && achieved.compareTo(targetValue) >= 0;
        }
    }

    /** @param condition the opinion's condition (echoed) */
    public record ConditionOutcome(Integer index, String condition, Boolean met, String comment) {

        public ConditionOutcome {
            comment = comment == null || comment.isBlank() ? null : comment.strip();
        }
    }

    /** Every broken rule against the plan, with its path ({@code actions[0].index}: the first item of the request). */
    public List<ReportViolation> violations(JudgedPlan plan) {
        List<ReportViolation> v = new ArrayList<>();
        Set<Integer> actionIndexes = indexes(v, "actions", actions, ActionOutcome::index, plan.actions().size());
        for (int i = 0; i < actions.size(); i++) {
            ActionOutcome a = actions.get(i);
            String at = "plan.actions[" + i + "].";
            if (a.status() == null) {
                v.add(new ReportViolation(at + "status", ReportViolation.Code.REQUIRED));
            } else if (a.status().needsReason() && a.reason() == null) {
                v.add(new ReportViolation(at + "reason", ReportViolation.Code.REASON_REQUIRED));
            }
            if (a.reason() != null && a.reason().length() > MAX_TEXT) {
                v.add(new ReportViolation(at + "reason", ReportViolation.Code.TOO_LONG));
            }
            if (a.actualBudget() == null) {
                v.add(new ReportViolation(at + "actualBudget", ReportViolation.Code.REQUIRED));
            } else if (a.actualBudget().signum() < 0) {
                v.add(new ReportViolation(at + "actualBudget", ReportViolation.Code.NEGATIVE));
            } else if (a.actualBudget().stripTrailingZeros().scale() > 2) {
                v.add(new ReportViolation(at + "actualBudget", ReportViolation.Code.TOO_PRECISE));
            }
            for (int j = 0; j < a.actualParticipants().size(); j++) {
                if (a.actualParticipants().get(j) == null) {
                    v.add(new ReportViolation(at + "actualParticipants[" + j + "]", ReportViolation.Code.REQUIRED));
                }
            }
        }
        missing(v, "actions", actionIndexes, plan.actions().size());
        Set<Integer> gainIndexes = indexes(v, "expectedGains", gains, GainOutcome::index, plan.gains().size());
        for (int i = 0; i < gains.size(); i++) {
            if (gains.get(i).achieved() == null) {
                v.add(new ReportViolation("plan.expectedGains[" + i + "].achieved", ReportViolation.Code.REQUIRED));
            }
        }
        missing(v, "expectedGains", gainIndexes, plan.gains().size());
        Set<Integer> conditionIndexes = indexes(v, "conditions", conditions, ConditionOutcome::index, plan.conditions().size());
        for (int i = 0; i < conditions.size(); i++) {
            ConditionOutcome c = conditions.get(i);
            String at = "plan.conditions[" + i + "].";
            if (c.met() == null) {
                v.add(new ReportViolation(at + "met", ReportViolation.Code.REQUIRED));
            }
            if (c.comment() == null) {
                v.add(new ReportViolation(at + "comment", ReportViolation.Code.REQUIRED));
            } else if (c.comment().length() > MAX_TEXT) {
                v.add(new ReportViolation(at + "comment", ReportViolation.Code.TOO_LONG));
            }
        }
        missing(v, "conditions", conditionIndexes, plan.conditions().size());
        return v;
    }

    /**
     * The report checked against the plan, in the plan's order, each item with the plan's title, planned budget, target
     * or condition echoed (what the caller sent for them is ignored).
     *
     * @throws InvalidFollowUpReportException naming every offending field
     */
    public PlanReport against(JudgedPlan plan) {
        List<ReportViolation> v = violations(plan);
        if (!v.isEmpty()) {
            throw new InvalidFollowUpReportException(v);
        }
        return echoed(plan);
    }

    PlanReport echoed(JudgedPlan plan) {
        List<ActionOutcome> a = actions.stream().sorted((x, y) -> x.index() - y.index()).map(o -> {
            Action p = plan.actions().get(o.index() - 1);
            return new ActionOutcome(o.index(), p.title(), o.status(), o.reason(), p.budget(), o.actualBudget(),
                    o.actualParticipants().stream().distinct().toList());
        }).toList();
        List<GainOutcome> g = gains.stream().sorted((x, y) -> x.index() - y.index()).map(o -> {
            ExpectedGain p = plan.gains().get(o.index() - 1);
            return new GainOutcome(o.index(), p.description(), p.targetValue(), p.unit(), o.achieved());
        }).toList();
        List<ConditionOutcome> c = conditions.stream().sorted((x, y) -> x.index() - y.index())
                .map(o -> new ConditionOutcome(o.index(), plan.conditions().get(o.index() - 1), o.met(), o.comment())).toList();
        return new PlanReport(a, g, c);
    }

    /** The valid indexes named; an index missing, outside the plan or named twice is a violation. */
    private static <T> Set<Integer> indexes(List<ReportViolation> v, String list, List<T> items, Function<T, Integer> index,
            int planned) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String field = "plan." + list + "[" + i + "].index";
            Integer n = items.get(i) == null ? null : index.apply(items.get(i));
            if (n == null) {
                v.add(new ReportViolation(field, ReportViolation.Code.REQUIRED));
            } else if (n < 1 || n > planned) {
                v.add(new ReportViolation(field, ReportViolation.Code.NOT_IN_PLAN, Integer.toString(n)));
            } else if (!seen.add(n)) {
                v.add(new ReportViolation(field, ReportViolation.Code.DUPLICATE, Integer.toString(n)));
            }
        }
        return seen;
    }

    private static void missing(List<ReportViolation> v, String list, Set<Integer> named, int planned) {
        Set<Integer> absent = IntStream.rangeClosed(1, planned).boxed().filter(n -> !named.contains(n))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!absent.isEmpty()) {
            v.add(new ReportViolation("plan." + list, ReportViolation.Code.NOT_REPORTED,
                    absent.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
    }
}
