package be.wallonie.clusters.registry.adapter.out.messaging;

import be.wallonie.clusters.contracts.registry.DossierSnapshotV1;
import be.wallonie.clusters.registry.domain.dossier.Action;
import be.wallonie.clusters.registry.domain.dossier.AnimatorPost;
import be.wallonie.clusters.registry.domain.dossier.DossierContent;
import be.wallonie.clusters.registry.domain.dossier.DossierSnapshot;
import be.wallonie.clusters.registry.domain.dossier.Governance;
import be.wallonie.clusters.registry.domain.dossier.Member;
import be.wallonie.clusters.registry.domain.dossier.MemberOrganisation;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The frozen snapshot as the DossierSubmitted v1 contract carries it: everything the evaluation needs, enumerated
 * values as their names (those the evaluation service's mapper accepts).
 */
final class SnapshotContract {

    private SnapshotContract() {
    }

    static DossierSnapshotV1 of(DossierSnapshot s) {
        DossierContent c = s.content();
        Map<UUID, MemberOrganisation> organisations = s.organisationsById();
        List<DossierSnapshotV1.Member> members = c.members().stream().map(m -> member(m, organisations.get(m.organisationId())))
                .toList();
        AnimatorPost post = s.animatorPost();
        return new DossierSnapshotV1(s.name(), s.acronym(), s.scheme().name(), s.entryVolet().name(),
                new DossierSnapshotV1.Focus(s.focus().kind().name(), s.focus().domain(), s.focus().description()),
                members,
                c.relations().stream().map(r -> new DossierSnapshotV1.Relation(r.fromOrganisationId(), r.toOrganisationId(),
                        r.kind().name(), r.direction().name(), Boolean.TRUE.equals(r.market()))).toList(),
                c.objectives().stream().map(o -> new DossierSnapshotV1.Objective(o.statement(), o.endorsedBy())).toList(),
                c.expectedGains().stream().map(g -> new DossierSnapshotV1.ExpectedGain(g.description(), g.indicator(),
                        g.targetValue(), g.unit())).toList(),
                c.actions().stream().map(SnapshotContract::action).toList(),
                governance(c.governance(), c.vision()),
                post == null ? null : new DossierSnapshotV1.Animator(post.animatorName(), post.fte(), post.startDate(), post.yearlyCost()),
                // the content states the contributions; an older dossier may have stated them only with the animateur post
                c.privateContributionsPerYear() != null ? c.privateContributionsPerYear()
                        : post == null ? null : post.privateContributionsPerYear());
    }

    private static DossierSnapshotV1.Member member(Member m, MemberOrganisation o) {
        return new DossierSnapshotV1.Member(m.organisationId(), o.enterpriseNumber(), o.name(), o.kind().name(),
                o.sizeClass() == null ? null : o.sizeClass().name(), m.role().name(), o.region().name(), o.country(),
                o.walloonEstablishment(), o.corporateGroup(), o.naceCodes(), o.employees(), m.decisionCentreAbroad(),
                m.coOptation() == null ? null : m.coOptation().on());
    }

    private static DossierSnapshotV1.Action action(Action a) {
        return new DossierSnapshotV1.Action(a.title(), a.type().name(), a.category().name(), a.axis().name(),
                a.orientation() == null ? null : a.orientation().name(), a.startDate(), a.endDate(), a.recurring(),
                a.participants(), a.budget(), a.expectedMarketOutcome());
    }

    private static DossierSnapshotV1.Governance governance(Governance g, String vision) {
        if (g == null && vision == null) {
            return null;
        }
        Governance rules = g == null ? new Governance(null, null, null) : g;
        return new DossierSnapshotV1.Governance(rules.admissionRules() != null, rules.noPoachingRule() != null,
                rules.decisionMaking(), vision);
    }
}
