package be.wallonie.clusters.evaluation.domain.criteria;

import static be.wallonie.clusters.evaluation.domain.criteria.Texts.en;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.fr;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.joined;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentEn;
import static be.wallonie.clusters.evaluation.domain.criteria.Texts.percentFr;

import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import be.wallonie.clusters.evaluation.domain.snapshot.Focus;
import be.wallonie.clusters.evaluation.domain.snapshot.FocusKind;
import be.wallonie.clusters.evaluation.domain.snapshot.Governance;
import be.wallonie.clusters.evaluation.domain.snapshot.Member;
import be.wallonie.clusters.evaluation.domain.snapshot.SizeClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Detects the risk factors of the II.2 table (« Les remarques faites peuvent déboucher sur des
 * facteurs de risques à ne pas négliger »). Warnings inform the experts; they never change an
 * outcome. Participation in an action means being listed among its participants.
 */
public final class RiskWarnings {

    public List<RiskWarning> detect(DossierSnapshot dossier, CriteriaPolicy policy) {
        return detect(DossierFacts.of(dossier), policy);
    }

    /** The warnings in {@link RiskWarningCode} order. */
    public List<RiskWarning> detect(DossierFacts facts, CriteriaPolicy policy) {
        CriteriaPolicy.RiskWarningThresholds t = policy.riskWarnings();
        List<RiskWarning> warnings = new ArrayList<>();
        passiveLargeMembers(facts).ifPresent(warnings::add);
        inertMajority(facts, t).ifPresent(warnings::add);
        multisectorClub(facts, t).ifPresent(warnings::add);
        anecdotalActions(facts).ifPresent(warnings::add);
        missingRules(facts).ifPresent(warnings::add);
        return List.copyOf(warnings);
    }

    private static Optional<RiskWarning> passiveLargeMembers(DossierFacts facts) {
        List<UUID> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Member> members = facts.members();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (m.isEnterprise() && m.sizeClass() == SizeClass.LARGE && m.decisionCentreAbroad()
                    && !facts.takesPartInAction(i)) {
                ids.add(m.organisationId());
                names.add(m.name() == null ? m.organisationId().toString() : m.name());
            }
        }
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        String who = joined(names);
        return Optional.of(new RiskWarning(RiskWarningCode.PASSIVE_LARGE_MEMBER_DECISION_CENTRE_ABROAD,
                new LocalizedText(
                        RiskWarningCode.PASSIVE_LARGE_MEMBER_DECISION_CENTRE_ABROAD.seedReference() + " : "
                                + (ids.size() == 1 ? "une grande entreprise dont le centre de décision est à "
                                + "l'étranger ne participe à aucune action (" : "des grandes entreprises dont le "
                                + "centre de décision est à l'étranger ne participent à aucune action (")
                                + who + "). Le rapport met en garde contre la « présence passive d'un grand groupe "
                                + "dont le pouvoir de décision serait situé à l'étranger ».",
                        "II.2, 1 'Initiative des entreprises': "
                                + (ids.size() == 1 ? "a large enterprise whose decision centre is abroad takes "
                                + "part in no action (" : "large enterprises whose decision centre is abroad take "
                                + "part in no action (")
                                + who + "). The report warns against the passive presence of a large group whose "
                                + "decision-making power lies abroad."),
                ids));
    }

    private static Optional<RiskWarning> inertMajority(DossierFacts facts, CriteriaPolicy.RiskWarningThresholds t) {
        Share inert = new Share(facts.enterprisesWithoutActionCount(), facts.enterpriseCount());
        if (inert.isEmpty() || !inert.meets(Comparison.GREATER_THAN, t.inertEnterpriseSharePercent())) {
            return Optional.empty();
        }
        return Optional.of(new RiskWarning(RiskWarningCode.INERT_MAJORITY,
                new LocalizedText(
                        RiskWarningCode.INERT_MAJORITY.seedReference() + " : "
                                + fr(facts.enterprisesWithoutActionCount(), "entreprise membre", "entreprises membres")
                                + " sur " + facts.enterpriseCount() + " (" + percentFr(inert) + ", plus de "
                                + percentFr(t.inertEnterpriseSharePercent()) + ") ne "
                                + (facts.enterprisesWithoutActionCount() <= 1 ? "participe" : "participent")
                                + " à aucune action : « une inertie trop importante d'une majorité d'acteurs "
                                + "conduirait à défavoriser le climat de confiance nécessaire à une collaboration "
                                + "efficace ».",
                        "II.2, 1 'Initiative des entreprises': "
                                + en(facts.enterprisesWithoutActionCount(), "enterprise member", "enterprise members")
                                + " out of " + facts.enterpriseCount() + " (" + percentEn(inert) + ", more than "
                                + percentEn(t.inertEnterpriseSharePercent()) + ") take part in no action: too much "
                                + "inertia of a majority of actors harms the trust an effective collaboration needs."),
                List.of()));
    }

    private static Optional<RiskWarning> multisectorClub(DossierFacts facts, CriteriaPolicy.RiskWarningThresholds t) {
        Focus focus = facts.dossier().focus();
        boolean marketFocus = focus != null && focus.isDeclared() && focus.kind() == FocusKind.MARKET;
        int sections = facts.naceSections().size();
        if (sections < t.multisectorMinNaceSections() || marketFocus || facts.actionsWithMarketOutcomeCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(new RiskWarning(RiskWarningCode.MULTISECTOR_CLUB_WITHOUT_COMMON_MARKET,
                new LocalizedText(
                        RiskWarningCode.MULTISECTOR_CLUB_WITHOUT_COMMON_MARKET.seedReference() + " : les entreprises "
                                + "couvrent " + fr(sections, "section NACE", "sections NACE") + " ("
                                + joined(facts.naceSections()) + ") sans marché commun déclaré (ni focus de marché, "
                                + "ni action visant un résultat sur le marché). « Plus le contexte multisectoriel des "
                                + "entreprises du cluster sera axé sur un marché commun aux divers partenaires plus il "
                                + "favorisera le gain de compétitivité » ; à l'inverse, il « peut se restreindre à un "
                                + "club d'échange entre entreprises sans réel gain de compétitivité ».",
                        "II.2, 2 'Inter-relations entre entreprises': the enterprises span "
                                + en(sections, "NACE section", "NACE sections") + " (" + joined(facts.naceSections())
                                + ") with no declared common market (no market focus, no action aiming at a market "
                                + "outcome). A multisector grouping centred on a common market favours "
                                + "competitiveness; otherwise it may shrink to an exchange club with no real gain."),
                List.of()));
    }

    private static Optional<RiskWarning> anecdotalActions(DossierFacts facts) {
        if (facts.targetedActionCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(new RiskWarning(RiskWarningCode.ANECDOTAL_ACTIONS,
                new LocalizedText(
                        RiskWarningCode.ANECDOTAL_ACTIONS.seedReference() + " : aucune action ciblée ("
                                + fr(facts.genericActionCount(), "action générique", "actions génériques")
                                + " seulement). « Où placer la barre entre des actions \"anecdotiques\" et des "
                                + "actions de plus grande envergure ? » ; un cluster « banal » se limite « à des "
                                + "actions collectives traditionnelles, influant peu sur les perspectives de "
                                + "développement des entreprises ».",
                        "II.2, 3 'Masse critique'; II.3: no targeted action ("
                                + en(facts.genericActionCount(), "generic action", "generic actions")
                                + " only). Where to draw the line between anecdotal actions and larger ones? A "
                                + "'banal' cluster is limited to traditional collective actions that do little for "
                                + "the firms' development prospects."),
                List.of()));
    }

    private static Optional<RiskWarning> missingRules(DossierFacts facts) {
        Governance g = facts.dossier().governance();
        boolean admission = g != null && g.admissionRules();
        boolean noPoaching = g != null && g.noPoachingRule();
        if (admission && noPoaching) {
            return Optional.empty();
        }
        String missingFr = !admission && !noPoaching ? "ni règles d'admission (élargissement) ni règle de non-débauchage mutuel"
                : !admission ? "pas de règles d'admission (élargissement)" : "pas de règle de non-débauchage mutuel";
        String missingEn = !admission && !noPoaching ? "neither admission (enlargement) rules nor a no-poaching rule"
                : !admission ? "no admission (enlargement) rules" : "no rule against mutual poaching";
        return Optional.of(new RiskWarning(RiskWarningCode.MISSING_FUNCTIONING_RULES,
                new LocalizedText(
                        RiskWarningCode.MISSING_FUNCTIONING_RULES.seedReference() + " : " + missingFr + ". « Une "
                                + "coopération durable entre entreprises repose sur une confiance mutuelle, d'où la "
                                + "nécessité de préciser les règles de fonctionnement des partenariats ».",
                        "II.2, 5 'Durée': " + missingEn + ". Durable cooperation rests on mutual trust, hence the "
                                + "need to state the partnership's functioning rules."),
                List.of()));
    }
}
