package be.wallonie.clusters.registry.domain.dossier;

import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a dossier needs before it goes to the call (III.2 Volet 2: "objectifs et vision, gains attendus, membres et
 * leurs relations, plan d'actions"). These are the structural minimums of a dossier the Comité can read, not the
 * evaluation criteria: whether the members make a critical mass, whether the relations are dense enough, etc. is
 * judged by the evaluation service, never here.
 *
 * <ul>
 *   <li>the focus is described (I.1.2 §3: a market or a technology, never a mere territory);</li>
 *   <li>at least {@value #MIN_MEMBERS} members — a relation links two — and at least one core-group member
 *       ("noyau dur", III.4), each core-group member with its co-optation record;</li>
 *   <li>enterprises are more than half of the core group: a cluster is "une association de fait ou légale à l'initiative
 *       majoritairement d'entreprises" (001, the 2007 law), the other members "arrivent en support du cluster, non en
 *       initiateurs" (000 I.1.2 §2);</li>
 *   <li>at least one relation between members;</li>
 *   <li>at least one objective, each endorsed by at least one member, and the vision stated;</li>
 *   <li>at least one quantified expected gain and at least one action;</li>
 *   <li>governance stated: admission rules, the no-poaching rule, decision making (II.2 risks);</li>
 *   <li>an animateur post for economic clusters ("obligation d'engager un animateur", 001) — technology grapes and
 *       competitiveness poles need none: grapes are funded "25 000 €/an pendant 2 ans", poles by their approved
 *       projects (001, 002); private contributions stated for competitiveness poles ("400 000 €/an + contributions
 *       privées").</li>
 * </ul>
 * The funded beneficiary of a grape or a pole is not a completeness item: it is what the Region's decision funds, so the
 * decision requires it (from the judged snapshot), as it requires an economic cluster's animateur post.
 */
public final class DossierCompleteness {

    public static final int MIN_MEMBERS = 2;

    private DossierCompleteness() {
    }

    /**
     * Every missing item, in a stable order; empty when the dossier may be submitted.
     *
     * @param kinds the kind of each member organisation (a core-group member whose kind is unknown is not counted as an
     *              enterprise)
     */
    public static List<MissingItem> check(Dossier dossier, boolean animatorPostStated, Map<UUID, OrganisationKind> kinds) {
        DossierContent c = dossier.content();
        List<MissingItem> missing = new ArrayList<>();
        if (dossier.focus().description() == null || dossier.focus().description().isBlank()) {
            missing.add(new MissingItem(MissingItem.Code.FOCUS_DESCRIPTION, "focus.description"));
        }
        List<UUID> core = c.coreGroupIds();
        if (core.isEmpty()) {
            missing.add(new MissingItem(MissingItem.Code.CORE_GROUP, "members"));
        } else if (2 * core.stream().filter(id -> kinds.get(id) == OrganisationKind.ENTERPRISE).count() <= core.size()) {
            missing.add(new MissingItem(MissingItem.Code.CORE_GROUP_ENTERPRISE_MAJORITY, "members"));
        }
        if (c.members().size() < MIN_MEMBERS) {
            missing.add(new MissingItem(MissingItem.Code.TOO_FEW_MEMBERS, "members"));
        }
        for (int i = 0; i < c.members().size(); i++) {
            Member m = c.members().get(i);
            if (m.role() == MemberRole.CORE_GROUP && m.coOptation() == null) {
                missing.add(new MissingItem(MissingItem.Code.CO_OPTATION, "members[" + i + "].coOptation"));
            }
        }
        if (c.relations().isEmpty()) {
            missing.add(new MissingItem(MissingItem.Code.RELATIONS, "relations"));
        }
        if (c.objectives().isEmpty()) {
            missing.add(new MissingItem(MissingItem.Code.OBJECTIVES, "objectives"));
        }
        for (int i = 0; i < c.objectives().size(); i++) {
            if (c.objectives().get(i).endorsedBy().isEmpty()) {
                missing.add(new MissingItem(MissingItem.Code.OBJECTIVE_ENDORSEMENT, "objectives[" + i + "].endorsedBy"));
            }
        }
        if (c.vision() == null) {
            missing.add(new MissingItem(MissingItem.Code.VISION, "vision"));
        }
        if (c.expectedGains().isEmpty()) {
            missing.add(new MissingItem(MissingItem.Code.EXPECTED_GAINS, "expectedGains"));
        }
        if (c.actions().isEmpty()) {
            missing.add(new MissingItem(MissingItem.Code.ACTIONS, "actions"));
        }
        Governance g = c.governance() == null ? new Governance(null, null, null) : c.governance();
        if (g.admissionRules() == null) {
            missing.add(new MissingItem(MissingItem.Code.GOVERNANCE_ADMISSION, "governance.admissionRules"));
        }
        if (g.noPoachingRule() == null) {
            missing.add(new MissingItem(MissingItem.Code.GOVERNANCE_NO_POACHING, "governance.noPoachingRule"));
        }
        if (g.decisionMaking() == null) {
            missing.add(new MissingItem(MissingItem.Code.GOVERNANCE_DECISION_MAKING, "governance.decisionMaking"));
        }
        if (!animatorPostStated && dossier.scheme() == Scheme.ECONOMIC_CLUSTER) {
            missing.add(new MissingItem(MissingItem.Code.ANIMATOR_POST, "animatorPost"));
        }
        if (dossier.scheme() == Scheme.COMPETITIVENESS_POLE && c.privateContributionsPerYear() == null) {
            missing.add(new MissingItem(MissingItem.Code.PRIVATE_CONTRIBUTIONS, "privateContributionsPerYear"));
        }
        return missing;
    }
}
