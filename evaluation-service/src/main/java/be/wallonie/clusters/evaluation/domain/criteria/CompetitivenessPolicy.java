package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.Texts.en;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.fr;

import java.util.List;

/**
 * COMPETITIVENESS — I.1.2 §4: the cluster must « engendrer des gains de compétitivité, au regard des
 * marchés concernés »; « des associations formées dans un but de lobbying politique ne centrent pas
 * leurs activités sur l'activité productive des entreprises et ne constituent pas des clusters ».
 * Evidence: « actions ciblées », « davantage orientées "marché" » (III.4), with an expected market
 * outcome, and quantified gains (the Scottish example's « objectifs chiffrés »). Both present:
 * satisfied; neither: not satisfied; one of them: experts judge (a « banal » cluster of generic
 * actions only, II.3, is weak but not excluded).
 */
public final class CompetitivenessPolicy implements CriterionPolicy {

    private static final String REF_FR = "I.1.2 §4 « Compétitivité » et III.4 : ";
    private static final String REF_EN = "I.1.2 §4 'Compétitivité' and III.4: ";

    @Override
    public Criterion criterion() {
        return Criterion.COMPETITIVENESS;
    }

    @Override
    public CriterionResult evaluate(DossierFacts facts, CriteriaPolicy policy) {
        CriteriaPolicy.CompetitivenessThresholds t = policy.competitiveness();
        int targetedWithOutcome = facts.targetedActionsWithMarketOutcomeCount();
        int gains = facts.quantifiedGainCount();
        boolean actionsOk = targetedWithOutcome >= t.minTargetedActions();
        boolean gainsOk = gains >= t.minQuantifiedGains();

        List<Indicator> indicators = List.of(
                Indicator.count("actions.count", facts.actionCount()),
                Indicator.count("actions.targeted", facts.targetedActionCount()),
                Indicator.count("actions.generic", facts.genericActionCount()),
                Indicator.count("actions.targetedWithMarketOutcome", targetedWithOutcome),
                Indicator.count("gains.declared", facts.dossier().expectedGains().size()),
                Indicator.count("gains.quantified", gains));
        List<Threshold> thresholds = List.of(
                Threshold.count("actions.targetedWithMarketOutcome", Comparison.AT_LEAST, t.minTargetedActions()),
                Threshold.count("gains.quantified", Comparison.AT_LEAST, t.minQuantifiedGains()));

        String planFr = "le plan d'action compte " + fr(facts.actionCount(), "action", "actions") + " dont "
                + fr(facts.targetedActionCount(), "action ciblée", "actions ciblées") + " ("
                + targetedWithOutcome + " avec un résultat attendu sur le marché) et "
                + fr(facts.genericActionCount(), "action générique", "actions génériques") + " ; "
                + fr(gains, "gain attendu chiffré", "gains attendus chiffrés");
        String planEn = "the action plan has " + en(facts.actionCount(), "action", "actions") + ", of which "
                + en(facts.targetedActionCount(), "targeted action", "targeted actions") + " ("
                + targetedWithOutcome + " with an expected market outcome) and "
                + en(facts.genericActionCount(), "generic action", "generic actions") + "; "
                + en(gains, "quantified expected gain", "quantified expected gains");

        Outcome outcome;
        LocalizedText text;
        if (actionsOk && gainsOk) {
            outcome = Outcome.SATISFIED;
            text = new LocalizedText(
                    REF_FR + planFr + ". Les actions ciblées « ont pour principal objectif de permettre aux "
                            + "entreprises du cluster d'accroître leurs parts de marché ».",
                    REF_EN + planEn + ". Targeted actions mainly aim at letting the cluster's firms increase "
                            + "their market shares.");
        } else if (!actionsOk && !gainsOk) {
            outcome = Outcome.NOT_SATISFIED;
            text = new LocalizedText(
                    REF_FR + planFr + ". Rien n'indique un gain de compétitivité : « des associations formées dans "
                            + "un but de lobbying politique ne centrent pas leurs activités sur l'activité "
                            + "productive des entreprises et ne constituent pas des clusters », et la mise en "
                            + "réseau « peut encourager des comportements défensifs ».",
                    REF_EN + planEn + ". Nothing shows a competitiveness gain: associations formed for political "
                            + "lobbying do not focus on the firms' productive activity and are not clusters, and "
                            + "networking can encourage defensive behaviour.");
        } else if (!actionsOk) {
            outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
            text = new LocalizedText(
                    REF_FR + planFr + ". Des gains sont chiffrés, mais aucune action ciblée n'annonce de résultat "
                            + "sur le marché : un cluster « banal », « limité à des actions collectives "
                            + "traditionnelles » (II.3), influe peu sur le développement des entreprises. Les "
                            + "experts apprécient.",
                    REF_EN + planEn + ". Gains are quantified, but no targeted action states a market outcome: a "
                            + "'banal' cluster limited to traditional collective actions (II.3) does little for "
                            + "the firms' development. Experts judge.");
        } else {
            outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
            text = new LocalizedText(
                    REF_FR + planFr + ". Les actions ciblées visent le marché, mais aucun gain attendu n'est "
                            + "chiffré : les experts apprécient les gains de compétitivité.",
                    REF_EN + planEn + ". Targeted actions aim at the market, but no expected gain is "
                            + "quantified: experts judge the competitiveness gains.");
        }
        return new CriterionResult(criterion(), outcome, indicators, thresholds, text);
    }
}
