package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.Texts.en;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.fr;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentEn;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentFr;

import java.util.List;

/**
 * REGIONAL_VALUE_ADDED — I.2 « Dimension géographique »: « le cluster doit avoir une dimension
 * régionale, mais ne pas y être enfermé »; executive summary: « des partenariats purement
 * transnationaux ne sont donc pas des clusters ». Members and core group established in Wallonia are
 * measured; foreign members are reported as openness (« noeuds stratégiques … dans des ensembles
 * productifs globaux »), never held against the dossier. Both shares met: satisfied; both missed:
 * not satisfied; one of them: experts judge.
 */
public final class RegionalValueAddedPolicy implements CriterionPolicy {

    private static final String REF_FR = "I.2 « Dimension géographique » : ";
    private static final String REF_EN = "I.2 'Dimension géographique': ";

    @Override
    public Criterion criterion() {
        return Criterion.REGIONAL_VALUE_ADDED;
    }

    @Override
    public CriterionResult evaluate(DossierFacts facts, CriteriaPolicy policy) {
        CriteriaPolicy.RegionalValueAddedThresholds t = policy.regionalValueAdded();
        Share members = new Share(facts.walloonMemberCount(), facts.memberCount());
        Share core = new Share(facts.walloonCoreGroupCount(), facts.coreGroupSize());
        boolean membersOk = !members.isEmpty() && members.meets(Comparison.AT_LEAST, t.walloonMemberSharePercent());
        boolean coreOk = !core.isEmpty() && core.meets(Comparison.AT_LEAST, t.walloonCoreGroupSharePercent());
        int foreign = facts.foreignMemberCount();

        List<Indicator> indicators = List.of(
                Indicator.count("members.walloon", facts.walloonMemberCount()),
                Indicator.percent("members.walloonShare", members),
                Indicator.count("coreGroup.walloon", facts.walloonCoreGroupCount()),
                Indicator.percent("coreGroup.walloonShare", core),
                Indicator.count("members.foreign", foreign));
        List<Threshold> thresholds = List.of(
                Threshold.percent("members.walloonShare", Comparison.AT_LEAST, t.walloonMemberSharePercent()),
                Threshold.percent("coreGroup.walloonShare", Comparison.AT_LEAST, t.walloonCoreGroupSharePercent()));

        String sharesFr = fr(facts.walloonMemberCount(), "membre", "membres") + " sur " + facts.memberCount()
                + " (" + percentFr(members) + ") et " + facts.walloonCoreGroupCount() + " sur "
                + fr(facts.coreGroupSize(), "membre du noyau dur", "membres du noyau dur") + " (" + percentFr(core)
                + ") ont un établissement en Wallonie";
        String sharesEn = en(facts.walloonMemberCount(), "member", "members") + " out of " + facts.memberCount()
                + " (" + percentEn(members) + ") and " + facts.walloonCoreGroupCount() + " out of "
                + en(facts.coreGroupSize(), "core-group member", "core-group members") + " (" + percentEn(core)
                + ") have an establishment in Wallonia";
        String opennessFr = foreign > 0
                ? " Ouverture : " + fr(foreign, "membre étranger", "membres étrangers") + ", bienvenu" + (foreign > 1 ? "s" : "")
                        + " puisque le cluster doit permettre « aux entreprises wallonnes de mieux se connecter à un "
                        + "marché global »."
                : " Aucun membre étranger : l'ouverture hors des frontières reste à construire (constat sans effet "
                        + "sur le résultat).";
        String opennessEn = foreign > 0
                ? " Openness: " + en(foreign, "foreign member", "foreign members") + ", welcome since the cluster "
                        + "must help Walloon firms connect to a global market."
                : " No foreign member: openness beyond the borders is still to be built (reported, no effect on "
                        + "the result).";
        String thresholdsFr = "seuils : " + percentFr(t.walloonMemberSharePercent()) + " des membres et "
                + percentFr(t.walloonCoreGroupSharePercent()) + " du noyau dur";
        String thresholdsEn = "thresholds: " + percentEn(t.walloonMemberSharePercent()) + " of the members and "
                + percentEn(t.walloonCoreGroupSharePercent()) + " of the core group";

        Outcome outcome;
        LocalizedText text;
        if (membersOk && coreOk) {
            outcome = Outcome.SATISFIED;
            text = new LocalizedText(
                    REF_FR + sharesFr + " (" + thresholdsFr + ") : le cluster a « une dimension régionale ». "
                            + opennessFr.strip(),
                    REF_EN + sharesEn + " (" + thresholdsEn + "): the cluster has a regional dimension. "
                            + opennessEn.strip());
        } else if (!membersOk && !coreOk) {
            outcome = Outcome.NOT_SATISFIED;
            text = new LocalizedText(
                    REF_FR + sharesFr + ", sous les " + thresholdsFr + " : « des partenariats purement "
                            + "transnationaux ne sont donc pas des clusters » ; c'est par ses relations "
                            + "privilégiées avec le territoire wallon que le cluster sert le développement de la "
                            + "Région." + opennessFr,
                    REF_EN + sharesEn + ", below the " + thresholdsEn + ": purely transnational partnerships are "
                            + "not clusters; a cluster serves the Region through privileged ties with the Walloon "
                            + "territory." + opennessEn);
        } else {
            outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
            text = new LocalizedText(
                    REF_FR + sharesFr + " (" + thresholdsFr + ") : " + (membersOk ? "le noyau dur" : "l'ensemble des membres")
                            + " n'atteint pas le seuil. Les experts apprécient l'ancrage wallon du cluster." + opennessFr,
                    REF_EN + sharesEn + " (" + thresholdsEn + "): " + (membersOk ? "the core group" : "the membership")
                            + " misses its threshold. Experts judge the cluster's Walloon roots." + opennessEn);
        }
        return new CriterionResult(criterion(), outcome, indicators, thresholds, text);
    }
}
