package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.Texts.en;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.fr;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentEn;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentFr;

import java.util.List;

/**
 * CRITICAL_MASS — I.1.2 §1: « une initiative isolée, marginale pour les entreprises concernées, n'est
 * donc pas un cluster »; groupings of « un petit nombre d'entreprises, qui ensemble "pèsent" peu »
 * are ruled out. Yet the threshold « est variable selon le domaine visé et ne peut donc être
 * déterminée a priori » (seed 003), so between the floor and the domain's threshold the result is
 * NEEDS_EXPERT_JUDGEMENT. Enterprises of one corporate group count once (I.1.2 §2, independence).
 * « Poids dans le système productif » is deliberately not a criterion (I.2): SME share, employees
 * and value-chain segments are reported, never judged.
 */
public final class CriticalMassPolicy implements CriterionPolicy {

    private static final String REF_FR = "I.1.2 §1 « Masse critique » : ";
    private static final String REF_EN = "I.1.2 §1 'Masse critique': ";

    @Override
    public Criterion criterion() {
        return Criterion.CRITICAL_MASS;
    }

    @Override
    public CriterionResult evaluate(DossierFacts facts, CriteriaPolicy policy) {
        CriteriaPolicy.CriticalMassThresholds t = policy.criticalMass();
        String domain = facts.dossier().focus() == null ? null : facts.dossier().focus().domain();
        int threshold = t.thresholdFor(domain);
        boolean domainSpecific = t.hasDomainThreshold(domain);
        int independent = facts.independentEnterpriseCount();
        Share sme = new Share(facts.smeCount(), facts.enterprisesWithKnownSize());

        List<Indicator> indicators = List.of(
                Indicator.count("enterprises.count", facts.enterpriseCount()),
                Indicator.count("enterprises.independent", independent),
                Indicator.count("enterprises.sme", facts.smeCount()),
                Indicator.count("enterprises.large", facts.largeEnterpriseCount()),
                Indicator.percent("enterprises.smeShare", sme),
                Indicator.count("enterprises.employees", facts.employees()),
                Indicator.count("valueChain.naceDivisions", facts.naceDivisionCount()));
        List<Threshold> thresholds = List.of(
                Threshold.count("enterprises.independent", Comparison.AT_LEAST, threshold),
                Threshold.count("enterprises.independent.expertJudgementFloor", Comparison.AT_LEAST,
                        t.expertJudgementFloor()));

        String scopeFr = domainSpecific ? "le seuil retenu pour le domaine « " + domain.strip() + " »" : "le seuil par défaut";
        String scopeEn = domainSpecific ? "the threshold set for the domain '" + domain.strip() + "'" : "the default threshold";
        String profileFr = "Profil : " + fr(facts.enterpriseCount(), "entreprise membre", "entreprises membres")
                + ", " + percentFr(sme) + " de PME parmi celles de taille connue, "
                + fr(facts.employees(), "emploi déclaré", "emplois déclarés") + ", "
                + fr(facts.naceDivisionCount(), "segment", "segments")
                + " de la chaîne de valeur (divisions NACE).";
        String profileEn = "Profile: " + en(facts.enterpriseCount(), "enterprise member", "enterprise members")
                + ", " + percentEn(sme) + " SMEs among those of known size, "
                + en(facts.employees(), "declared job", "declared jobs") + ", "
                + en(facts.naceDivisionCount(), "value-chain segment", "value-chain segments")
                + " (NACE divisions).";
        String independentFr = fr(independent, "entreprise indépendante", "entreprises indépendantes")
                + " (un groupe de sociétés compté une fois)";
        String independentEn = en(independent, "independent enterprise", "independent enterprises")
                + " (a corporate group counted once)";

        Outcome outcome;
        LocalizedText text;
        if (independent >= threshold) {
            outcome = Outcome.SATISFIED;
            text = new LocalizedText(
                    REF_FR + independentFr + ", soit au moins " + scopeFr + " (" + threshold + "). " + profileFr
                            + " Ce seuil reste indicatif : la masse critique « ne peut être déterminée a priori ».",
                    REF_EN + independentEn + ", at least " + scopeEn + " (" + threshold + "). " + profileEn
                            + " The threshold is only indicative: critical mass cannot be determined a priori.");
        } else if (independent >= t.expertJudgementFloor()) {
            outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
            text = new LocalizedText(
                    REF_FR + independentFr + ", sous " + scopeFr + " (" + threshold + ") mais au moins "
                            + t.expertJudgementFloor() + ". La masse critique « est variable selon le domaine visé "
                            + "et ne peut donc être déterminée a priori » : les experts apprécient si le "
                            + "groupement pèse suffisamment dans l'activité concernée. " + profileFr,
                    REF_EN + independentEn + ", below " + scopeEn + " (" + threshold + ") but at least "
                            + t.expertJudgementFloor() + ". Critical mass varies with the domain and cannot be "
                            + "determined a priori: experts judge whether the grouping weighs enough in its "
                            + "activity. " + profileEn);
        } else {
            outcome = Outcome.NOT_SATISFIED;
            text = new LocalizedText(
                    REF_FR + "seulement " + independentFr + ", moins de " + t.expertJudgementFloor()
                            + ". Des regroupements « entre un petit nombre d'entreprises, qui ensemble "
                            + "\"pèsent\" peu dans l'activité concernée » sont écartés : « une initiative isolée, "
                            + "marginale pour les entreprises concernées, n'est donc pas un cluster ». " + profileFr,
                    REF_EN + "only " + independentEn + ", fewer than " + t.expertJudgementFloor() + ". Groupings "
                            + "of a handful of firms that together weigh little in their activity are ruled out: "
                            + "an isolated initiative, marginal for the firms concerned, is not a cluster. "
                            + profileEn);
        }
        return new CriterionResult(criterion(), outcome, indicators, thresholds, text);
    }
}
