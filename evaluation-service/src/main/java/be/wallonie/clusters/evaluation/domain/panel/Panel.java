package be.wallonie.clusters.evaluation.domain.panel;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The panel of one evaluation case: the active members and every removal.
 *
 * @param focusDomain the dossier's focus domain, which the panel must cover (§4 « competent in the cluster's domain »)
 * @param clusterName the dossier's name, for messages
 * @param version     optimistic-locking version (the ETag); 0 before any composition
 */
public record Panel(UUID caseId, String focusDomain, String clusterName, long version, List<PanelMember> members) {

    public Panel {
        Objects.requireNonNull(caseId, "caseId");
        members = members == null ? List.of() : List.copyOf(members);
    }

    public List<PanelMember> active() {
        return members.stream().filter(PanelMember::active).toList();
    }

    public List<PanelMember> removed() {
        return members.stream().filter(m -> !m.active()).toList();
    }

    public boolean seats(UUID expertId) {
        return members.stream().anyMatch(m -> m.active() && m.expertId().equals(expertId));
    }
}
