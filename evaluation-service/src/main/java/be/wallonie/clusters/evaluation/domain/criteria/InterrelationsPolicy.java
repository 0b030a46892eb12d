package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.Texts.en;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.fr;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentEn;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentFr;

import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * INTERRELATIONS — I.1.2 §2: members develop vertical and/or horizontal relations; « une simple
 * juxtaposition d'entreprises répertoriées dans un secteur ou sur un territoire ne constitue pas un
 * cluster » (thematic science parks « dans lesquels la dimension d'échanges entre entreprises serait
 * absente »). Only relations between independent members count: ties inside one corporate group are
 * internalised (« Corporations », tableau I.2) and relations naming a non-member are ignored.
 * « Le développement de relations marchandes entre les entreprises est une condition sine qua non »:
 * without any market tie, experts judge rather than the engine passing the dossier.
 */
public final class InterrelationsPolicy implements CriterionPolicy {

    private static final String REF_FR = "I.1.2 §2 « Interrelations entre entreprises » : ";
    private static final String REF_EN = "I.1.2 §2 'Interrelations entre entreprises': ";

    @Override
    public Criterion criterion() {
        return Criterion.INTERRELATIONS;
    }

    @Override
    public CriterionResult evaluate(DossierFacts facts, CriteriaPolicy policy) {
        CriteriaPolicy.InterrelationsThresholds t = policy.interrelations();
        Share linked = new Share(facts.linkedEnterpriseCount(), facts.enterpriseCount());
        Share largest = new Share(facts.largestComponentSize(), facts.memberCount());
        boolean linkedOk = !linked.isEmpty() && linked.meets(Comparison.AT_LEAST, t.linkedEnterpriseSharePercent());
        boolean marketOk = facts.marketRelationCount() >= t.minMarketRelations();

        List<Indicator> indicators = new ArrayList<>();
        indicators.add(Indicator.count("relations.declared", facts.declaredRelationCount()));
        indicators.add(Indicator.count("relations.counted", facts.countedRelationCount()));
        indicators.add(Indicator.count("relations.ignoredNonMember", facts.ignoredNonMemberRelationCount()));
        indicators.add(Indicator.count("relations.ignoredIntraGroup", facts.ignoredIntraGroupRelationCount()));
        for (RelationKind kind : RelationKind.values()) {
            indicators.add(Indicator.count("relations.kind." + kind.name(), facts.countedRelations(kind)));
        }
        indicators.add(Indicator.count("relations.vertical", facts.verticalRelationCount()));
        indicators.add(Indicator.count("relations.horizontal", facts.horizontalRelationCount()));
        indicators.add(Indicator.flag("relations.verticalPresent", facts.verticalRelationCount() > 0));
        indicators.add(Indicator.flag("relations.horizontalPresent", facts.horizontalRelationCount() > 0));
        indicators.add(Indicator.count("relations.market", facts.marketRelationCount()));
        indicators.add(Indicator.count("relations.nonMarket", facts.nonMarketRelationCount()));
        indicators.add(Indicator.count("enterprises.linked", facts.linkedEnterpriseCount()));
        indicators.add(Indicator.percent("enterprises.linkedShare", linked));
        indicators.add(Indicator.count("members.largestConnectedComponent", facts.largestComponentSize()));
        indicators.add(Indicator.percent("members.largestConnectedShare", largest));
        List<Threshold> thresholds = List.of(
                Threshold.percent("enterprises.linkedShare", Comparison.AT_LEAST, t.linkedEnterpriseSharePercent()),
                Threshold.count("relations.market", Comparison.AT_LEAST, t.minMarketRelations()));

        String tieFr = tiesFr(facts);
        String tieEn = tiesEn(facts);
        String linkedFr = fr(facts.linkedEnterpriseCount(), "entreprise membre", "entreprises membres") + " sur "
                + facts.enterpriseCount() + " (" + percentFr(linked) + ") "
                + (facts.linkedEnterpriseCount() <= 1 ? "est liée" : "sont liées")
                + " à un autre membre indépendant";
        String linkedEn = facts.linkedEnterpriseCount() + " enterprise member" + (facts.linkedEnterpriseCount() == 1 ? "" : "s")
                + " out of " + facts.enterpriseCount() + " (" + percentEn(linked) + ") "
                + (facts.linkedEnterpriseCount() == 1 ? "is" : "are") + " linked to another independent member";
        String ignoredFr = ignoredFr(facts);
        String ignoredEn = ignoredEn(facts);
        String thresholdFr = percentFr(t.linkedEnterpriseSharePercent());
        String thresholdEn = percentEn(t.linkedEnterpriseSharePercent());

        Outcome outcome;
        LocalizedText text;
        if (facts.countedRelationCount() == 0) {
            outcome = Outcome.NOT_SATISFIED;
            text = new LocalizedText(
                    REF_FR + "aucune relation entre membres indépendants n'est déclarée" + ignoredFr + ". « Une "
                            + "simple juxtaposition d'entreprises répertoriées dans un secteur ou sur un territoire "
                            + "ne constitue pas un cluster » : c'est le cas des parcs scientifiques « dans lesquels "
                            + "la dimension d'échanges entre entreprises serait absente ».",
                    REF_EN + "no relation between independent members is declared" + ignoredEn + ". A mere "
                            + "juxtaposition of firms listed in a sector or on a territory is not a cluster, as in "
                            + "science parks where firms do not exchange.");
        } else if (!linkedOk) {
            outcome = Outcome.NOT_SATISFIED;
            text = new LocalizedText(
                    REF_FR + linkedFr + ", moins de " + thresholdFr + " ; " + tieFr + ignoredFr
                            + ". La plupart des entreprises restent isolées : « la seule masse critique, d'un point "
                            + "de vue quantitatif, ne suffit pas pour obtenir un cluster ».",
                    REF_EN + linkedEn + ", less than " + thresholdEn + "; " + tieEn + ignoredEn
                            + ". Most enterprises stay isolated: critical mass alone does not make a cluster.");
        } else if (!marketOk) {
            outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
            text = new LocalizedText(
                    REF_FR + linkedFr + ", au moins " + thresholdFr + ", mais " + tieFr + ignoredFr
                            + " et aucune relation marchande n'est déclarée, alors que « le développement de "
                            + "relations marchandes entre les entreprises est une condition sine qua non de "
                            + "l'existence du cluster ». Les experts apprécient.",
                    REF_EN + linkedEn + ", at least " + thresholdEn + ", but " + tieEn + ignoredEn
                            + " and no market relation is declared, whereas market relations between enterprises "
                            + "are a sine qua non of a cluster. Experts judge.");
        } else {
            outcome = Outcome.SATISFIED;
            text = new LocalizedText(
                    REF_FR + linkedFr + ", au moins " + thresholdFr + " ; " + tieFr + ignoredFr
                            + ". Le plus grand ensemble connecté réunit " + percentFr(largest) + " des membres.",
                    REF_EN + linkedEn + ", at least " + thresholdEn + "; " + tieEn + ignoredEn
                            + ". The largest connected set gathers " + percentEn(largest) + " of the members.");
        }
        return new CriterionResult(criterion(), outcome, indicators, thresholds, text);
    }

    private static String tiesFr(DossierFacts f) {
        return fr(f.countedRelationCount(), "relation comptée", "relations comptées") + " ("
                + f.verticalRelationCount() + " verticale" + (f.verticalRelationCount() > 1 ? "s" : "") + ", "
                + f.horizontalRelationCount() + " horizontale" + (f.horizontalRelationCount() > 1 ? "s" : "") + ", "
                + f.marketRelationCount() + " marchande" + (f.marketRelationCount() > 1 ? "s" : "") + ", "
                + f.nonMarketRelationCount() + " non marchande" + (f.nonMarketRelationCount() > 1 ? "s" : "") + ")";
    }

    private static String tiesEn(DossierFacts f) {
        return en(f.countedRelationCount(), "relation counted", "relations counted") + " ("
                + f.verticalRelationCount() + " vertical, " + f.horizontalRelationCount() + " horizontal, "
                + f.marketRelationCount() + " market, " + f.nonMarketRelationCount() + " non-market)";
    }

    private static String ignoredFr(DossierFacts f) {
        int intra = f.ignoredIntraGroupRelationCount();
        int outside = f.ignoredNonMemberRelationCount();
        if (intra == 0 && outside == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (intra > 0) {
            parts.add(intra + " interne" + (intra > 1 ? "s" : "") + " à un groupe de sociétés");
        }
        if (outside > 0) {
            parts.add(outside + " avec un non-membre");
        }
        return " ; relations écartées : " + String.join(", ", parts);
    }

    private static String ignoredEn(DossierFacts f) {
        int intra = f.ignoredIntraGroupRelationCount();
        int outside = f.ignoredNonMemberRelationCount();
        if (intra == 0 && outside == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (intra > 0) {
            parts.add(intra + " within a corporate group");
        }
        if (outside > 0) {
            parts.add(outside + " with a non-member");
        }
        return String.format(Locale.ROOT, "; relations set aside: %s", String.join(", ", parts));
    }
}
