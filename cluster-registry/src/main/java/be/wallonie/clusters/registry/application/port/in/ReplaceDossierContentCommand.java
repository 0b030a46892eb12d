package be.wallonie.clusters.registry.application.port.in;

import be.wallonie.clusters.registry.domain.dossier.Action;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.ExpectedGain;
import be.wallonie.clusters.registry.domain.dossier.Governance;
import be.wallonie.clusters.registry.domain.dossier.Member;
import be.wallonie.clusters.registry.domain.dossier.Objective;
import be.wallonie.clusters.registry.domain.dossier.Relation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Replace what a dossier states, as read at {@code expectedVersion} (If-Match). The parts are checked together
 * (the domain's rules and that every member is a registered organisation) so that every problem is reported at once.
 */
public record ReplaceDossierContentCommand(DossierId dossierId, long expectedVersion, List<Member> members,
        List<Relation> relations, List<Objective> objectives, String vision, List<ExpectedGain> expectedGains,
        List<Action> actions, Governance governance, BigDecimal privateContributionsPerYear, Caller caller) {

    public ReplaceDossierContentCommand {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(caller, "caller");
    }
}
