package be.wallonie.clusters.evaluation.domain.snapshot;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The immutable content of a submitted cluster dossier, as the criteria engine sees it. Its
 * components mirror {@code DossierSnapshotV1} one to one (an adapter maps the event to it), with
 * enumerated values typed.
 *
 * @param privateContributionsPerYear declared private money per year, {@code null} when not declared
 *                                    (Agro-Food Valley: « pas de contribution privée annoncée », I.1.3 §3)
 */
public record DossierSnapshot(
        String name,
        String acronym,
        Scheme scheme,
        EntryVolet entryVolet,
        Focus focus,
        List<Member> members,
        List<Relation> relations,
        List<Objective> objectives,
        List<ExpectedGain> expectedGains,
        List<Action> actions,
        Governance governance,
        Animator animator,
        BigDecimal privateContributionsPerYear) {

    public DossierSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scheme, "scheme");
        members = members == null ? List.of() : List.copyOf(members);
        relations = relations == null ? List.of() : List.copyOf(relations);
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        expectedGains = expectedGains == null ? List.of() : List.copyOf(expectedGains);
        actions = actions == null ? List.of() : List.copyOf(actions);
        Set<UUID> seen = new HashSet<>(members.size() * 2);
        for (Member member : members) {
            if (!seen.add(member.organisationId())) {
                throw new IllegalArgumentException("duplicate member " + member.organisationId());
            }
        }
    }

    /** The promoter is the core group (I.2 « L'origine », III.4 « Le noyau dur »). */
    public Promoter promoter() {
        return new Promoter(members.stream().filter(Member::isCoreGroup).toList());
    }
}
