package be.wallonie.clusters.evaluation.application.port.out;

import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.panel.Panel;
import be.wallonie.clusters.evaluation.domain.panel.PanelMember;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Case panels: seats, removals and the panel's version. */
public interface PanelsPort {

    /** Creates the empty panel of a case as it opens (version 0), with the dossier's focus domain. */
    void createPanel(UUID caseId, String focusDomain, String clusterName);

    /**
     * Locks the case's row until the transaction ends (SELECT … FOR UPDATE), so that issuing the opinion, composing
     * the panel and the conflict sweep on one case never interleave; nothing happens when the case does not exist.
     */
    void lockCase(UUID caseId);

    /** The panel of a case; empty when the case does not exist. */
    Optional<Panel> loadPanel(UUID caseId);

    /**
     * Appoints and removes members if the panel is still at {@code expectedVersion} (STALE refusal otherwise);
     * answers the panel at its new version.
     */
    Panel changePanel(UUID caseId, long expectedVersion, List<PanelMember> appointed, List<PanelMember> removed);

    /** Removes an expert from a case's panel without a version check (a conflict detected by the system). */
    void removeMember(UUID caseId, UUID expertId, Instant at, String by, String code, LocalizedText reason);

    /** The cases without an opinion yet on whose panel each of these experts sits. */
    Map<UUID, List<UUID>> openSeatsOf(Collection<UUID> expertIds);

    /** Every case whose panel seats the expert (active seat), oldest case first. */
    List<UUID> casesSeating(UUID expertId);
}
