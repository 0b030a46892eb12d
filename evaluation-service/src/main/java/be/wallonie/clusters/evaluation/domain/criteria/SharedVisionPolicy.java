package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.Texts.en;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.fr;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentEn;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentFr;

import be.wallonie.clusters.evaluation.domain.snapshot.Governance;
import java.math.BigDecimal;
import java.util.List;

/**
 * SHARED_VISION — I.2 « Vision collective », retained in its weak form: « imposer le partage
 * d'objectifs éventuellement limités, par un sous-ensemble des entreprises du cluster, comme
 * fondement pour le développement ultérieur de visions plus ambitieuses ». The subset is the core
 * group: an objective it endorses (by default entirely) satisfies the criterion; an ambition
 * statement (« efforts en direction d'une vision plus ambitieuse », tableau I.3) is reported, not
 * required.
 */
public final class SharedVisionPolicy implements CriterionPolicy {

    private static final String REF_FR = "I.2 « Vision collective » : ";
    private static final String REF_EN = "I.2 'Vision collective': ";

    @Override
    public Criterion criterion() {
        return Criterion.SHARED_VISION;
    }

    @Override
    public CriterionResult evaluate(DossierFacts facts, CriteriaPolicy policy) {
        CriteriaPolicy.SharedVisionThresholds t = policy.sharedVision();
        int coreSize = facts.coreGroupSize();
        int shared = 0;
        if (coreSize > 0) {
            for (int o = 0; o < facts.objectiveCount(); o++) {
                if (new Share(facts.coreGroupEndorsements(o), coreSize)
                        .meets(Comparison.AT_LEAST, t.coreGroupEndorsementPercent())) {
                    shared++;
                }
            }
        }
        Share coreEndorsing = new Share(facts.coreGroupMembersEndorsingCount(), coreSize);
        Governance governance = facts.dossier().governance();
        boolean ambition = governance != null && governance.hasAmbitionStatement();

        List<Indicator> indicators = List.of(
                Indicator.count("objectives.count", facts.objectiveCount()),
                Indicator.count("objectives.sharedByCoreGroup", shared),
                Indicator.percent("coreGroup.endorsingShare", coreEndorsing),
                Indicator.count("members.endorsing", facts.membersEndorsingCount()),
                Indicator.flag("governance.ambitionStatement", ambition));
        List<Threshold> thresholds = List.of(
                Threshold.percent("objective.coreGroupEndorsementShare", Comparison.AT_LEAST, t.coreGroupEndorsementPercent()),
                Threshold.count("objectives.sharedByCoreGroup", Comparison.AT_LEAST, t.minSharedObjectives()));

        boolean whole = t.coreGroupEndorsementPercent().compareTo(BigDecimal.valueOf(100)) == 0;
        String byFr = whole ? "tout le noyau dur" : "au moins " + percentFr(t.coreGroupEndorsementPercent()) + " du noyau dur";
        String byEn = whole ? "the whole core group" : "at least " + percentEn(t.coreGroupEndorsementPercent()) + " of the core group";
        String ambitionFr = ambition
                ? " Une déclaration d'ambition marque des « efforts en direction d'une vision plus ambitieuse »."
                : " Aucune déclaration d'ambition : la vision plus ambitieuse reste à construire (constat sans effet sur le résultat).";
        String ambitionEn = ambition
                ? " An ambition statement shows efforts towards a more ambitious vision."
                : " No ambition statement: the more ambitious vision is still to be built (reported, no effect on the result).";
        String objectivesFr = fr(facts.objectiveCount(), "objectif déclaré", "objectifs déclarés") + ", dont "
                + shared + " " + (shared <= 1 ? "soutenu" : "soutenus") + " par " + byFr;
        String objectivesEn = en(facts.objectiveCount(), "objective declared", "objectives declared") + ", "
                + shared + " of them endorsed by " + byEn;

        Outcome outcome;
        LocalizedText text;
        if (coreSize == 0) {
            outcome = facts.membersEndorsingCount() > 0 ? Outcome.NEEDS_EXPERT_JUDGEMENT : Outcome.NOT_SATISFIED;
            text = new LocalizedText(
                    REF_FR + "aucun noyau dur n'est déclaré ; " + fr(facts.objectiveCount(), "objectif", "objectifs")
                            + ", " + fr(facts.membersEndorsingCount(), "membre signataire", "membres signataires") + ". "
                            + (outcome == Outcome.NOT_SATISFIED
                                    ? "Aucun objectif n'est partagé par des entreprises du cluster."
                                    : "Les experts apprécient si un sous-ensemble des entreprises partage ces objectifs.")
                            + ambitionFr,
                    REF_EN + "no core group is declared; " + en(facts.objectiveCount(), "objective", "objectives")
                            + ", " + en(facts.membersEndorsingCount(), "endorsing member", "endorsing members") + ". "
                            + (outcome == Outcome.NOT_SATISFIED
                                    ? "No objective is shared by the cluster's firms."
                                    : "Experts judge whether a subset of the firms shares these objectives.")
                            + ambitionEn);
        } else if (facts.objectiveCount() > 0 && shared >= t.minSharedObjectives()) {
            outcome = Outcome.SATISFIED;
            text = new LocalizedText(
                    REF_FR + objectivesFr + " : des « objectifs d'entreprises, limités mais partagés », suffisent "
                            + "pour la Wallonie." + ambitionFr,
                    REF_EN + objectivesEn + ": business objectives, limited but shared, are enough for Wallonia."
                            + ambitionEn);
        } else if (facts.objectiveCount() > 0 && facts.coreGroupMembersEndorsingCount() > 0) {
            outcome = Outcome.NEEDS_EXPERT_JUDGEMENT;
            text = new LocalizedText(
                    REF_FR + objectivesFr + " ; " + percentFr(coreEndorsing) + " du noyau dur soutient au moins un "
                            + "objectif. Le partage est partiel : les experts apprécient." + ambitionFr,
                    REF_EN + objectivesEn + "; " + percentEn(coreEndorsing) + " of the core group endorses at least "
                            + "one objective. Sharing is partial: experts judge." + ambitionEn);
        } else {
            outcome = Outcome.NOT_SATISFIED;
            text = new LocalizedText(
                    REF_FR + objectivesFr + " ; le noyau dur ne soutient aucun objectif. Même dans sa forme "
                            + "limitée, la vision collective demande « le partage d'objectifs … par un "
                            + "sous-ensemble des entreprises du cluster »." + ambitionFr,
                    REF_EN + objectivesEn + "; the core group endorses no objective. Even in its weak form, the "
                            + "shared vision requires objectives shared by a subset of the cluster's firms."
                            + ambitionEn);
        }
        return new CriterionResult(criterion(), outcome, indicators, thresholds, text);
    }
}
