package be.wallonie.clusters.evaluation.application.service;

import be.wallonie.clusters.evaluation.application.port.out.ClusterMembershipsPort;
import be.wallonie.clusters.evaluation.application.port.out.ExpertsPort;
import be.wallonie.clusters.evaluation.application.port.out.InterestDeclarationsPort;
import be.wallonie.clusters.evaluation.application.port.out.PanelsPort;
import be.wallonie.clusters.evaluation.application.port.out.ScoreSheetsPort;
import be.wallonie.clusters.evaluation.domain.criteria.LocalizedText;
import be.wallonie.clusters.evaluation.domain.evaluationcase.EvaluationCase;
import be.wallonie.clusters.evaluation.domain.expert.ClusterMembership;
import be.wallonie.clusters.evaluation.domain.expert.Conflict;
import be.wallonie.clusters.evaluation.domain.expert.ConflictOfInterestPolicy;
import be.wallonie.clusters.evaluation.domain.expert.DeclaredInterest;
import be.wallonie.clusters.evaluation.domain.expert.DeclaredInterests;
import be.wallonie.clusters.evaluation.domain.expert.EnterpriseNumber;
import be.wallonie.clusters.evaluation.domain.expert.Expert;
import be.wallonie.clusters.evaluation.domain.expert.InterestDeclaration;
import be.wallonie.clusters.evaluation.domain.expert.InterestEnding;
import be.wallonie.clusters.evaluation.domain.expert.OrganisationName;
import be.wallonie.clusters.evaluation.domain.panel.PanelMember;
import be.wallonie.clusters.evaluation.domain.snapshot.DossierSnapshot;
import be.wallonie.clusters.evaluation.domain.snapshot.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applies {@link ConflictOfInterestPolicy} (domain.md §4): detects experts' conflicts and, when one appears
 * after an appointment (a new snapshot or a registry announcement of a draft's or a cluster's members adds a member an
 * expert is linked to, or the expert's own record or declaration reveals a link), removes the expert from the panels of the cases still without an opinion and
 * voids their scores there, with the reason. Always inside the caller's transaction.
 */
@ApplicationScoped
public class ConflictOfInterestService {

    static final String SYSTEM = "system";

    private final ExpertsPort experts;
    private final InterestDeclarationsPort declarations;
    private final ClusterMembershipsPort memberships;
    private final PanelsPort panels;
    private final ScoreSheetsPort sheets;
    private final ConflictOfInterestPolicy policy;
    private final Clock clock;

    public ConflictOfInterestService(ExpertsPort experts, InterestDeclarationsPort declarations, ClusterMembershipsPort memberships,
            PanelsPort panels, ScoreSheetsPort sheets, ConflictOfInterestPolicy policy, Clock clock) {
        this.experts = experts;
        this.declarations = declarations;
        this.memberships = memberships;
        this.panels = panels;
        this.sheets = sheets;
        this.policy = policy;
        this.clock = clock;
    }

    /** Conflicts of each expert today (empty list when eligible). */
    public Map<UUID, List<Conflict>> conflictsOf(Collection<Expert> list) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<DeclaredInterest>> standing = standingInterests(list.stream().map(Expert::id).toList());
        Set<String> numbers = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Expert e : list) {
            numbers.addAll(policy.linkedEnterpriseNumbers(e, standing.get(e.id()), today));
            names.addAll(policy.linkedNameKeys(e, standing.get(e.id()), today));
        }
        List<ClusterMembership> known = numbers.isEmpty() && names.isEmpty() ? List.of() : memberships.membershipsOf(numbers, names);
        Map<UUID, List<Conflict>> result = new LinkedHashMap<>();
        for (Expert e : list) {
            result.put(e.id(), policy.conflictsOf(e, standing.get(e.id()), known, today));
        }
        return result;
    }

    /** The interests each expert declared that still stand (every expert of the list present, maybe with none). */
    public Map<UUID, List<DeclaredInterest>> standingInterests(Collection<UUID> expertIds) {
        Map<UUID, List<InterestDeclaration>> all = declarations.allDeclarations(expertIds);
        Map<UUID, List<InterestEnding>> endings = declarations.endingsOf(expertIds);
        Map<UUID, List<DeclaredInterest>> standing = new LinkedHashMap<>();
        for (UUID id : expertIds) {
            standing.put(id, DeclaredInterests.standing(all.getOrDefault(id, List.of()), endings.getOrDefault(id, List.of())));
        }
        return standing;
    }

    public List<Conflict> conflictsOf(Expert expert) {
        return conflictsOf(List.of(expert)).get(expert.id());
    }

    /**
     * A case opened: its snapshot's members become known cluster members, its panel is created empty, and every
     * expert seated elsewhere who is linked to one of the new members leaves those panels.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseOpened(EvaluationCase opened, DossierSnapshot snapshot) {
        List<ClusterMembership> added = snapshot.members().stream()
                .map(m -> membership(m, opened, snapshot))
                .flatMap(Optional::stream)
                .collect(Collectors.toMap(ClusterMembership::organisationKey, m -> m, (a, b) -> a, LinkedHashMap::new))
                .values().stream().toList();
        memberships.recordMemberships(added);
        panels.createPanel(opened.id(), snapshot.focus() == null ? null : snapshot.focus().domain(), snapshot.name());
        if (!added.isEmpty()) {
            sweep(experts.loadAllExperts());
        }
    }

    /**
     * The registry announced a draft's or a cluster's member set (recorded by the caller): every expert seated on an open
     * panel who is now linked to one of its members leaves those panels, exactly as when a case opens.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clusterMembershipChanged() {
        sweep(experts.loadAllExperts());
    }

    /** An expert's record or declaration changed: if they are now conflicted, they leave their open panels. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void expertChanged(Expert expert) {
        sweep(List.of(expert));
    }

    private void sweep(List<Expert> candidates) {
        Map<UUID, List<UUID>> seats = panels.openSeatsOf(candidates.stream().map(Expert::id).toList());
        List<Expert> seated = candidates.stream().filter(e -> !seats.getOrDefault(e.id(), List.of()).isEmpty()).toList();
        if (seated.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        conflictsOf(seated).forEach((expertId, conflicts) -> {
            if (conflicts.isEmpty()) {
                return;
            }
            LocalizedText reason = new LocalizedText(
                    "Conflit d'intérêts détecté : " + conflicts.stream().map(Conflict::describeFr).collect(Collectors.joining(" ; ")),
                    "Conflict of interest detected: " + conflicts.stream().map(Conflict::describeEn).collect(Collectors.joining("; ")));
            for (UUID caseId : seats.get(expertId)) {
                panels.lockCase(caseId);
                panels.removeMember(caseId, expertId, now, SYSTEM, PanelMember.CONFLICT_OF_INTEREST, reason);
                sheets.voidSheet(caseId, expertId, now, PanelMember.CONFLICT_OF_INTEREST + ": " + reason.en());
            }
        });
    }

    /** A member with a Belgian number is recorded by it; one without (abroad), by its name and country when both are known. */
    private static Optional<ClusterMembership> membership(Member m, EvaluationCase c, DossierSnapshot s) {
        Optional<String> number = EnterpriseNumber.normalise(m.enterpriseNumber());
        if (number.isEmpty() && OrganisationName.key(m.name(), m.country()) == null) {
            return Optional.empty();
        }
        return Optional.of(new ClusterMembership(number.orElse(null), m.name(), c.dossierId(), c.id(), s.name(), m.country()));
    }
}
