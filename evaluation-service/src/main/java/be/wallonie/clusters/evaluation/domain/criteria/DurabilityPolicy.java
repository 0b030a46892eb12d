package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.Texts.en;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.fr;

import be.wallonie.clusters.evaluation.domain.snapshot.Governance;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * DURABILITY — I.1.2 §5 « Pérennité »: « un projet ponctuel ou limité dans le temps n'est donc pas un
 * cluster »; excluded are « les groupements d'entreprises constitués pour la réponse à une commande
 * publique ou à des appels d'offre émanant de l'Union Européenne, sans mise en oeuvre de mécanismes
 * durables de coopération ». Indicators: a plan covering the 3-year agrément (seed 001), recurring
 * actions, and functioning rules (II.2 « Durée »: « règles d'élargissement, règles de non débauchage
 * mutuel »), plus the animator and core group as reported structures.
 *
 * <p>Satisfied with the horizon, recurring actions and both rules; not satisfied when the plan is
 * short and no durable mechanism at all exists (no recurring action, rule or animator); otherwise
 * experts judge.
 */
public final class DurabilityPolicy implements CriterionPolicy {

    private static final String REF_FR = "I.1.2 §5 « Pérennité » et II.2 : ";
    private static final String REF_EN = "I.1.2 §5 'Pérennité' and II.2: ";
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public Criterion criterion() {
        return Criterion.DURABILITY;
    }

    @Override
    public CriterionResult evaluate(DossierFacts facts, CriteriaPolicy policy) {
        CriteriaPolicy.DurabilityThresholds t = policy.durability();
        long months = facts.planHorizonMonths();
        int recurring = facts.recurringActionCount();
        Governance governance = facts.dossier().governance();
        boolean admission = governance != null && governance.admissionRules();
        boolean noPoaching = governance != null && governance.noPoachingRule();
        boolean rules = admission && noPoaching;
        boolean animator = facts.dossier().animator() != null;
        boolean horizonOk = months >= t.planHorizonMonths();
        boolean recurringOk = recurring >= t.minRecurringActions();
        boolean anyMechanism = recurring > 0 || admission || noPoaching || animator;

        List<Indicator> indicators = List.of(
                Indicator.months("plan.horizonMonths", months),
                Indicator.count("actions.recurring", recurring),
                Indicator.flag("governance.admissionRules", admission),
                Indicator.flag("governance.noPoachingRule", noPoaching),
                Indicator.flag("governance.functioningRules", rules),
                Indicator.flag("animator.present", animator),
                Indicator.count("coreGroup.size", facts.coreGroupSize()));
        List<Threshold> thresholds = List.of(
                Threshold.months("plan.horizonMonths", Comparison.AT_LEAST, t.planHorizonMonths()),
                Threshold.count("actions.recurring", Comparison.AT_LEAST, t.minRecurringActions()));

        String planFr = "le plan d'action couvre " + months + " mois"
                + facts.earliestActionStart().map(s -> " (du " + FRENCH_DATE.format(s) + " au "
                        + FRENCH_DATE.format(facts.latestActionEnd().orElse(s)) + ")").orElse("")
                + " ; " + fr(recurring, "action récurrente", "actions récurrentes") + " ; règles d'admission : "
                + (admission ? "oui" : "non") + " ; règle de non-débauchage mutuel : " + (noPoaching ? "oui" : "non")
                + " ; animateur : " + (animator ? "oui" : "non");
        String planEn = "the action plan covers " + months + " month" + (months == 1 ? "" : "s")
                + facts.earliestActionStart().map(s -> " (" + s + " to " + facts.latestActionEnd().orElse(s) + ")").orElse("")
                + "; " + en(recurring, "recurring action", "recurring actions") + "; admission rules: "
                + (admission ? "yes" : "no") + "; no-poaching rule: " + (noPoaching ? "yes" : "no")
                + "; animator: " + (animator ? "yes" : "no");

        Outcome outcome;
        LocalizedText text;
        if (horizonOk && recurringOk && rules) {
            outcome = Outcome.SATISFIED;
            text = new LocalizedText(
                    REF_FR + planFr + ". Le plan couvre au moins " + t.planHorizonMonths() + " mois (l'agrément "
                            + "dure 3 ans) et des règles de fonctionnement soutiennent « des habitudes de travail en "
                            + "commun » : une initiative d'ordre structurel.",
                    REF_EN + planEn + ". The plan covers at least " + t.planHorizonMonths() + " months (the "
                            + "agrément lasts 3 years) and functioning rules support habits of working together: a "
                            + "structural initiative.");
        } else if (!horizonOk && !anyMechanism) {
            outcome = Outcome.NOT_SATISFIED;
            text = new LocalizedText(
                    REF_FR + planFr + ". Moins de " + t.planHorizonMonths() + " mois, sans action récurrente, "
                            + "règle de fonctionnement ni animateur : un projet ponctuel, comme « les groupements "
                            + "d'entreprises constitués pour la réponse à une commande publique ou à des appels "
                            + "d'offre émanant de l'Union Européenne, sans mise en oeuvre de mécanismes durables de "
                            + "coopération ».",
                    REF_EN + planEn + ". Less than " + t.planHorizonMonths() + " months, with no recurring "
                            + "action, functioning rule or animator: a one-off project, like groupings formed to "
                            + "answer one public tender or one EU call without durable cooperation mechanisms.");
        } else {
            outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
            text = new LocalizedText(
                    REF_FR + planFr + ". " + missingFr(horizonOk, recurringOk, rules, t)
                            + " ; des mécanismes durables existent en partie : les experts apprécient si "
                            + "l'initiative est structurelle plutôt que conjoncturelle.",
                    REF_EN + planEn + ". " + missingEn(horizonOk, recurringOk, rules, t)
                            + "; some durable mechanisms exist: experts judge whether the initiative is structural "
                            + "rather than short-term.");
        }
        return new CriterionResult(criterion(), outcome, indicators, thresholds, text);
    }

    private static String missingFr(boolean horizonOk, boolean recurringOk, boolean rules,
                                    CriteriaPolicy.DurabilityThresholds t) {
        StringBuilder b = new StringBuilder("Manque");
        String sep = " : ";
        if (!horizonOk) {
            b.append(sep).append("un horizon d'au moins ").append(t.planHorizonMonths()).append(" mois");
            sep = ", ";
        }
        if (!recurringOk) {
            b.append(sep).append("des actions récurrentes");
            sep = ", ";
        }
        if (!rules) {
            b.append(sep).append("des règles d'admission et de non-débauchage mutuel");
        }
        return b.toString();
    }

    private static String missingEn(boolean horizonOk, boolean recurringOk, boolean rules,
                                    CriteriaPolicy.DurabilityThresholds t) {
        StringBuilder b = new StringBuilder("Missing");
        String sep = ": ";
        if (!horizonOk) {
            b.append(sep).append("a horizon of at least ").append(t.planHorizonMonths()).append(" months");
            sep = ", ";
        }
        if (!recurringOk) {
            b.append(sep).append("recurring actions");
            sep = ", ";
        }
        if (!rules) {
            b.append(sep).append("admission and no-poaching rules");
        }
        return b.toString();
    }
}
