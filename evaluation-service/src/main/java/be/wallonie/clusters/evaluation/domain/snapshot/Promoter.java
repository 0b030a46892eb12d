package be.wallonie.clusters.evaluation.domain.snapshot;

import java.util.List;

/**
 * The promoter (« porteur de projet ») of a dossier, derived rather than declared: the core group,
 * « cooptés par l'ensemble des entreprises » (III.4), is who drives the initiative (I.2 « L'origine »).
 *
 * @param coreGroup the core-group members, in dossier order
 */
public record Promoter(List<Member> coreGroup) {

    public Promoter {
        coreGroup = List.copyOf(coreGroup);
    }

    public boolean isIdentified() {
        return !coreGroup.isEmpty();
    }

    public long enterpriseCount() {
        return coreGroup.stream().filter(Member::isEnterprise).count();
    }
}
