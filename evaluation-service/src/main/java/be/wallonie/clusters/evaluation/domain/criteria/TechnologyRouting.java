package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentEn;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentFr;

import be.wallonie.clusters.evaluation.domain.snapshot.Action;
import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import be.wallonie.clusters.evaluation.domain.snapshot.Focus;
import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import be.wallonie.clusters.evaluation.domain.snapshot.RelationKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Scheme;
import java.util.List;

/**
 * The TECHNOLOGY dimension routes rather than judges (tableau I.3, 7: « oui pour grappes
 * technologiques, non pour clusters "économiques" »). Grappes technologiques privilege activities
 * around key technologies « et les relations entre entreprises qui concernent la R&amp;D et
 * l'innovation » (I.2 « Dimension technologique »); seed 001: « projets R&amp;D communs sur la
 * technologie ». Three signals: a technology focus, joint R&amp;D dominant among the counted
 * relations, technology/R&amp;D actions dominant in the plan; enough of them route to
 * {@link Scheme#TECHNOLOGY_GRAPE}, otherwise {@link Scheme#ECONOMIC_CLUSTER}.
 */
public final class TechnologyRouting {

    private static final String REF_FR = "I.2 « Dimension technologique » et tableau I.3 (7) : ";
    private static final String REF_EN = "I.2 'Dimension technologique' and table I.3 (7): ";

    public Routing route(DossierSnapshot dossier, CriteriaPolicy policy) {
        return route(DossierFacts.of(dossier), policy);
    }

    public Routing route(DossierFacts facts, CriteriaPolicy policy) {
        CriteriaPolicy.TechnologyRoutingThresholds t = policy.technologyRouting();
        Focus focus = facts.dossier().focus();
        boolean technologyFocus = focus != null && focus.kind() == FocusKind.TECHNOLOGY;
        Share jointResearch = new Share(facts.countedRelations(RelationKind.JOINT_RESEARCH), facts.countedRelationCount());
        int technologyActions = 0;
        for (Action action : facts.dossier().actions()) {
            if (t.isTechnologyCategory(action.category())) {
                technologyActions++;
            }
        }
        Share technology = new Share(technologyActions, facts.actionCount());
        boolean researchDominant = !jointResearch.isEmpty()
                && jointResearch.meets(Comparison.GREATER_THAN, t.jointResearchSharePercent());
        boolean technologyDominant = !technology.isEmpty()
                && technology.meets(Comparison.GREATER_THAN, t.technologyActionSharePercent());
        int signals = (technologyFocus ? 1 : 0) + (researchDominant ? 1 : 0) + (technologyDominant ? 1 : 0);
        Scheme route = signals >= t.minSignals() ? Scheme.TECHNOLOGY_GRAPE : Scheme.ECONOMIC_CLUSTER;

        List<Indicator> indicators = List.of(
                Indicator.flag("focus.technology", technologyFocus),
                Indicator.count("relations.jointResearch", facts.countedRelations(RelationKind.JOINT_RESEARCH)),
                Indicator.percent("relations.jointResearchShare", jointResearch),
                Indicator.count("actions.technology", technologyActions),
                Indicator.percent("actions.technologyShare", technology),
                Indicator.count("routing.technologySignals", signals));
        List<Threshold> thresholds = List.of(
                Threshold.percent("relations.jointResearchShare", Comparison.GREATER_THAN, t.jointResearchSharePercent()),
                Threshold.percent("actions.technologyShare", Comparison.GREATER_THAN, t.technologyActionSharePercent()),
                Threshold.count("routing.technologySignals", Comparison.AT_LEAST, t.minSignals()));

        String signalsFr = "focus technologique : " + (technologyFocus ? "oui" : "non")
                + " ; R&D commune parmi les relations : " + percentFr(jointResearch)
                + (researchDominant ? " (dominante)" : "")
                + " ; actions technologiques ou de R&D : " + percentFr(technology)
                + (technologyDominant ? " (dominantes)" : "")
                + " ; " + signals + (signals > 1 ? " signaux" : " signal") + " sur 3, seuil " + t.minSignals();
        String signalsEn = "technology focus: " + (technologyFocus ? "yes" : "no")
                + "; joint R&D among relations: " + percentEn(jointResearch)
                + (researchDominant ? " (dominant)" : "")
                + "; technology or R&D actions: " + percentEn(technology)
                + (technologyDominant ? " (dominant)" : "")
                + "; " + signals + " signal" + (signals == 1 ? "" : "s") + " out of 3, threshold " + t.minSignals();
        String verdictFr = route == Scheme.TECHNOLOGY_GRAPE
                ? "dossier centré sur la technologie, orienté vers les grappes technologiques, soutenues par la "
                        + "politique de recherche et de technologie"
                : "dossier orienté vers les clusters « économiques », qui agissent sur la compétitivité par "
                        + "d'autres leviers";
        String verdictEn = route == Scheme.TECHNOLOGY_GRAPE
                ? "a technology-centred dossier, routed to the technology grapes, supported by research and "
                        + "technology policy"
                : "routed to the 'economic' clusters, which act on competitiveness through other levers";
        Scheme applied = facts.dossier().scheme();
        String applicationFr = applied == route ? ""
                : applied == Scheme.COMPETITIVENESS_POLE ? " Le dossier concourt comme pôle de compétitivité ; l'orientation est indicative."
                : " Le dossier a été introduit comme " + schemeFr(applied) + " : les experts en tiennent compte.";
        String applicationEn = applied == route ? ""
                : applied == Scheme.COMPETITIVENESS_POLE ? " The dossier applies as a competitiveness pole; the routing is indicative."
                : " The dossier applied as " + schemeEn(applied) + ": experts take this into account.";
        LocalizedText text = new LocalizedText(
                REF_FR + verdictFr + " (" + signalsFr + ")." + applicationFr,
                REF_EN + verdictEn + " (" + signalsEn + ")." + applicationEn);
        return new Routing(route, applied, indicators, thresholds, text);
    }

    private static String schemeFr(Scheme scheme) {
        return switch (scheme) {
            case ECONOMIC_CLUSTER -> "cluster économique";
            case TECHNOLOGY_GRAPE -> "grappe technologique";
            case COMPETITIVENESS_POLE -> "pôle de compétitivité";
        };
    }

    private static String schemeEn(Scheme scheme) {
        return switch (scheme) {
            case ECONOMIC_CLUSTER -> "an economic cluster";
            case TECHNOLOGY_GRAPE -> "a technology grape";
            case COMPETITIVENESS_POLE -> "a competitiveness pole";
        };
    }
}
