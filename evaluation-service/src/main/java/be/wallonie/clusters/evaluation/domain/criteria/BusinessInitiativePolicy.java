package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.Texts.en;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.fr;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentEn;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentFr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * BUSINESS_INITIATIVE — I.2 « L'origine »: « le cœur du cluster doit battre au rythme de dynamiques
 * d'entreprises »; the 2007 decree (seed 001): « à l'initiative majoritairement d'entreprises ».
 * The promoter is the core group; support organisations « arrivent en support du cluster, non en
 * initiateurs » (I.1.2 §2). Golden Green Valley (a leading firm followed by five others) passes;
 * Agro-Food Valley (a research and training centre relayed by an intercommunale, « pas de
 * contribution privée annoncée ») does not.
 *
 * <p>Rules: the core group must be more than 50 % enterprises, else NOT_SATISFIED; if it is but the
 * members are not, support structures dominate and experts judge; a declared private contribution
 * of zero also goes to experts (Agro-Food Valley's public dependency); with no core group the
 * promoter is unknown and, at best, experts judge.
 */
public final class BusinessInitiativePolicy implements CriterionPolicy {

    private static final String REF_FR = "I.2 « L'origine » et I.1.2 §2 : ";
    private static final String REF_EN = "I.2 'L'origine' and I.1.2 §2: ";

    @Override
    public Criterion criterion() {
        return Criterion.BUSINESS_INITIATIVE;
    }

    @Override
    public CriterionResult evaluate(DossierFacts facts, CriteriaPolicy policy) {
        CriteriaPolicy.BusinessInitiativeThresholds t = policy.businessInitiative();
        Share core = new Share(facts.coreGroupEnterpriseCount(), facts.coreGroupSize());
        Share members = new Share(facts.enterpriseCount(), facts.memberCount());
        boolean coreOk = !core.isEmpty() && core.meets(Comparison.GREATER_THAN, t.coreGroupEnterpriseSharePercent());
        boolean membersOk = !members.isEmpty() && members.meets(Comparison.GREATER_THAN, t.memberEnterpriseSharePercent());
        BigDecimal privateMoney = facts.dossier().privateContributionsPerYear();
        boolean noPrivateMoney = privateMoney != null && privateMoney.signum() <= 0;

        List<Indicator> indicators = new ArrayList<>();
        indicators.add(Indicator.count("coreGroup.size", facts.coreGroupSize()));
        indicators.add(Indicator.count("coreGroup.enterprises", facts.coreGroupEnterpriseCount()));
        indicators.add(Indicator.percent("coreGroup.enterpriseShare", core));
        indicators.add(Indicator.count("members.count", facts.memberCount()));
        indicators.add(Indicator.count("members.enterprises", facts.enterpriseCount()));
        indicators.add(Indicator.percent("members.enterpriseShare", members));
        indicators.add(Indicator.flag("promoter.enterpriseLed", coreOk));
        if (privateMoney != null) {
            indicators.add(Indicator.euros("privateContributionsPerYear", privateMoney));
        }
        List<Threshold> thresholds = List.of(
                Threshold.percent("coreGroup.enterpriseShare", Comparison.GREATER_THAN, t.coreGroupEnterpriseSharePercent()),
                Threshold.percent("members.enterpriseShare", Comparison.GREATER_THAN, t.memberEnterpriseSharePercent()));

        String coreFr = fr(facts.coreGroupEnterpriseCount(), "entreprise", "entreprises") + " sur "
                + facts.coreGroupSize() + " (" + percentFr(core) + ")";
        String coreEn = en(facts.coreGroupEnterpriseCount(), "enterprise", "enterprises") + " out of "
                + facts.coreGroupSize() + " (" + percentEn(core) + ")";
        String membersFr = fr(facts.enterpriseCount(), "entreprise", "entreprises") + " sur "
                + fr(facts.memberCount(), "membre", "membres") + " (" + percentFr(members) + ")";
        String membersEn = en(facts.enterpriseCount(), "enterprise", "enterprises") + " out of "
                + en(facts.memberCount(), "member", "members") + " (" + percentEn(members) + ")";
        String coreT = percentFr(t.coreGroupEnterpriseSharePercent());
        String coreTEn = percentEn(t.coreGroupEnterpriseSharePercent());
        String membersT = percentFr(t.memberEnterpriseSharePercent());
        String membersTEn = percentEn(t.memberEnterpriseSharePercent());

        Outcome outcome;
        LocalizedText text;
        if (core.isEmpty()) {
            if (membersOk) {
                outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
                text = new LocalizedText(
                        REF_FR + "aucun noyau dur n'est déclaré, le porteur du projet ne peut donc être identifié. "
                                + "Les membres comptent " + membersFr + " ; les experts apprécient si l'initiative "
                                + "vient des entreprises.",
                        REF_EN + "no core group is declared, so the promoter cannot be identified. The members "
                                + "include " + membersEn + "; experts judge whether the initiative comes from "
                                + "enterprises.");
            } else {
                outcome = Outcome.NOT_SATISFIED;
                text = new LocalizedText(
                        REF_FR + "aucun noyau dur n'est déclaré et les membres comptent " + membersFr
                                + ", pas plus de " + membersT + " : rien n'indique une initiative d'entreprises.",
                        REF_EN + "no core group is declared and the members include " + membersEn
                                + ", not more than " + membersTEn + ": nothing shows a business initiative.");
            }
        } else if (!coreOk) {
            outcome = Outcome.NOT_SATISFIED;
            text = new LocalizedText(
                    REF_FR + "le noyau dur, porteur du projet, compte " + coreFr + ", pas plus de " + coreT
                            + " : l'initiative n'est pas « majoritairement d'entreprises » (décret de 2007). Centres "
                            + "de recherche et de formation, fédérations, chambres de commerce et intercommunales "
                            + "« arrivent en support du cluster, non en initiateurs » ; un cluster n'est ni « une "
                            + "décision des pouvoirs publics » ni « une construction intellectuelle » (cas "
                            + "d'Agro-Food Valley).",
                    REF_EN + "the core group, the promoter, has " + coreEn + ", not more than " + coreTEn
                            + ": the initiative is not mainly business-led (2007 decree). Research and training "
                            + "centres, federations, chambers of commerce and intercommunales support a cluster "
                            + "but do not initiate it; a cluster is neither a decision of public authorities nor "
                            + "an intellectual construction (the Agro-Food Valley case).");
        } else if (!membersOk) {
            outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
            text = new LocalizedText(
                    REF_FR + "le noyau dur est majoritairement formé d'entreprises (" + coreFr + "), mais les "
                            + "membres comptent " + membersFr + ", pas plus de " + membersT + " : les "
                            + "structures d'appui dominent le groupement. Les experts vérifient qu'il ne s'agit pas "
                            + "d'un organisme d'appui qui promeut ses propres services.",
                    REF_EN + "the core group is mainly enterprises (" + coreEn + "), but the members include "
                            + membersEn + ", not more than " + membersTEn + ": support structures dominate the "
                            + "grouping. Experts check that it is not a support organisation promoting its own "
                            + "services.");
        } else if (noPrivateMoney) {
            outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
            text = new LocalizedText(
                    REF_FR + "le noyau dur (" + coreFr + ") et les membres (" + membersFr + ") sont "
                            + "majoritairement des entreprises, mais aucune contribution privée n'est annoncée "
                            + "(0 € par an) : comme pour Agro-Food Valley, « le projet semble entièrement dépendant "
                            + "de fonds publics ». Les experts apprécient l'engagement des entreprises.",
                    REF_EN + "the core group (" + coreEn + ") and the members (" + membersEn + ") are mainly "
                            + "enterprises, but no private contribution is announced (EUR 0 a year): as with "
                            + "Agro-Food Valley, the project seems entirely dependent on public funds. Experts "
                            + "judge the enterprises' commitment.");
        } else {
            outcome = Outcome.SATISFIED;
            text = new LocalizedText(
                    REF_FR + "l'initiative est « majoritairement d'entreprises » (décret de 2007) : le noyau dur, "
                            + "porteur du projet, compte " + coreFr + ", au-delà de " + coreT + ", et les membres comptent "
                            + membersFr + ", au-delà de " + membersT + ". « Le cœur du cluster doit battre au "
                            + "rythme de dynamiques d'entreprises. »",
                    REF_EN + "the initiative is mainly business-led (2007 decree): the core group, the promoter, "
                            + "has " + coreEn + ", above " + coreTEn + ", and the members include " + membersEn
                            + ", above " + membersTEn + ". The heart of the cluster must beat to the rhythm of "
                            + "business dynamics.");
        }
        return new CriterionResult(criterion(), outcome, indicators, thresholds, text);
    }
}
