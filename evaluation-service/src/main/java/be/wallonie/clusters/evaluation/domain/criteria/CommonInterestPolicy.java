package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.Texts.en;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.fr;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.joined;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentEn;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentFr;

import be.wallonie.clusters.evaluation.domain.snapshot.Focus;
import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import java.util.List;

/**
 * COMMON_INTEREST — I.1.2 §3: members « se reconnaître en fonction de leur marché ou de leur
 * technologie ». Ruled out: groupings « définies sur une base uniquement territoriale » (no declared
 * focus), and « macro-clusters » « qui englobent des pans entiers d'une économie » (too many NACE
 * sections among the enterprises, judged by experts since a market-defined cluster rightly spans
 * several sectors). Members who endorse no objective do not recognise themselves in it: below the
 * endorsement threshold experts judge.
 */
public final class CommonInterestPolicy implements CriterionPolicy {

    private static final String REF_FR = "I.1.2 §3 « Intérêt commun » : ";
    private static final String REF_EN = "I.1.2 §3 'Intérêt commun': ";

    @Override
    public Criterion criterion() {
        return Criterion.COMMON_INTEREST;
    }

    @Override
    public CriterionResult evaluate(DossierFacts facts, CriteriaPolicy policy) {
        CriteriaPolicy.CommonInterestThresholds t = policy.commonInterest();
        Focus focus = facts.dossier().focus();
        boolean declared = focus != null && focus.isDeclared();
        Share endorsing = new Share(facts.membersEndorsingCount(), facts.memberCount());
        boolean endorsingOk = !endorsing.isEmpty()
                && endorsing.meets(Comparison.AT_LEAST, t.endorsingMemberSharePercent());
        int sections = facts.naceSections().size();
        boolean breadthOk = sections <= t.maxNaceSections();

        List<Indicator> indicators = List.of(
                Indicator.flag("focus.declared", declared),
                Indicator.flag("focus.market", declared && focus.kind() == FocusKind.MARKET),
                Indicator.flag("focus.technology", declared && focus.kind() == FocusKind.TECHNOLOGY),
                Indicator.count("objectives.count", facts.objectiveCount()),
                Indicator.count("members.endorsing", facts.membersEndorsingCount()),
                Indicator.percent("members.endorsingShare", endorsing),
                Indicator.count("enterprises.naceSections", sections));
        List<Threshold> thresholds = List.of(
                Threshold.count("enterprises.naceSections", Comparison.AT_MOST, t.maxNaceSections()),
                Threshold.percent("members.endorsingShare", Comparison.AT_LEAST, t.endorsingMemberSharePercent()));

        String focusFr = declared
                ? (focus.kind() == FocusKind.MARKET ? "le marché" : "la technologie") + " « " + focus.domain().strip() + " »"
                : "";
        String focusEn = declared
                ? (focus.kind() == FocusKind.MARKET ? "the market" : "the technology") + " '" + focus.domain().strip() + "'"
                : "";
        String sectionsFr = fr(sections, "section NACE", "sections NACE") + " (" + joined(facts.naceSections()) + ")";
        String sectionsEn = en(sections, "NACE section", "NACE sections") + " (" + joined(facts.naceSections()) + ")";
        String endorsingFr = fr(facts.membersEndorsingCount(), "membre", "membres") + " sur " + facts.memberCount()
                + " (" + percentFr(endorsing) + ") " + (facts.membersEndorsingCount() <= 1 ? "soutient" : "soutiennent")
                + " au moins un objectif";
        String endorsingEn = en(facts.membersEndorsingCount(), "member", "members") + " out of " + facts.memberCount()
                + " (" + percentEn(endorsing) + ") endorse" + (facts.membersEndorsingCount() == 1 ? "s" : "")
                + " at least one objective";

        Outcome outcome;
        LocalizedText text;
        if (!declared) {
            outcome = Outcome.NOT_SATISFIED;
            text = new LocalizedText(
                    REF_FR + "le dossier ne déclare ni marché ni technologie comme centre de l'activité. Les "
                            + "agglomérations d'entreprises « définies sur une base uniquement territoriale (\"les "
                            + "entreprises du triangle XYZ ou du bassin d'emploi W\") ne satisferont pas à ce critère "
                            + "essentiel ».",
                    REF_EN + "no market or technology is declared as the centre of activity. Groupings defined "
                            + "on a purely territorial basis ('the firms of the XYZ triangle') do not meet this "
                            + "essential criterion.");
        } else if (!breadthOk) {
            outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
            text = new LocalizedText(
                    REF_FR + "le dossier est centré sur " + focusFr + ", mais les entreprises couvrent "
                            + sectionsFr + ", plus de " + t.maxNaceSections() + ". Un « macro-cluster » qui englobe "
                            + "des pans entiers d'une économie permet « difficilement aux entreprises de se "
                            + "reconnaître » ; un cluster défini par un marché transcende pourtant les secteurs. "
                            + "Les experts apprécient. " + capitalised(endorsingFr) + ".",
                    REF_EN + "the dossier centres on " + focusEn + ", but the enterprises span " + sectionsEn
                            + ", more than " + t.maxNaceSections() + ". A macro-cluster covering whole parts of an "
                            + "economy makes it hard for firms to recognise themselves in it, although a "
                            + "market-defined cluster rightly crosses sectors. Experts judge. "
                            + capitalised(endorsingEn) + ".");
        } else if (!endorsingOk) {
            outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
            text = new LocalizedText(
                    REF_FR + "le dossier est centré sur " + focusFr + " (" + sectionsFr + "), mais "
                            + endorsingFr + ", moins de " + percentFr(t.endorsingMemberSharePercent())
                            + " : les experts apprécient si les membres y identifient « leur avantage à se "
                            + "développer dans le cadre du cluster ».",
                    REF_EN + "the dossier centres on " + focusEn + " (" + sectionsEn + "), but "
                            + endorsingEn + ", less than " + percentEn(t.endorsingMemberSharePercent())
                            + ": experts judge whether members see their advantage in developing within the "
                            + "cluster.");
        } else {
            outcome = Outcome.SATISFIED;
            text = new LocalizedText(
                    REF_FR + "les membres se reconnaissent dans " + focusFr + " ; " + endorsingFr + " ; les "
                            + "entreprises couvrent " + sectionsFr + ", au plus " + t.maxNaceSections() + ".",
                    REF_EN + "members recognise themselves in " + focusEn + "; " + endorsingEn + "; the "
                            + "enterprises span " + sectionsEn + ", at most " + t.maxNaceSections() + ".");
        }
        return new CriterionResult(criterion(), outcome, indicators, thresholds, text);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
