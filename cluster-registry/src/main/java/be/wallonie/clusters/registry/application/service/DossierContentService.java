package be.wallonie.clusters.registry.application.service;

import be.wallonie.clusters.registry.application.port.in.Caller;
import be.wallonie.clusters.registry.application.port.in.DossierPage;
import be.wallonie.clusters.registry.application.port.in.DossierSearchCriteria;
import be.wallonie.clusters.registry.application.port.in.EditDossierContentUseCase;
import be.wallonie.clusters.registry.application.port.in.GetDossierCompletenessQuery;
import be.wallonie.clusters.registry.application.port.in.GetDossierSnapshotsQuery;
import be.wallonie.clusters.registry.application.port.in.ReplaceDossierContentCommand;
import be.wallonie.clusters.registry.application.port.in.SearchDossiersQuery;
import be.wallonie.clusters.registry.application.port.out.DecisionRecordsPort;
import be.wallonie.clusters.registry.application.port.out.DossierSnapshotsPort;
import be.wallonie.clusters.registry.application.port.out.LoadDossierPort;
import be.wallonie.clusters.registry.application.port.out.LoadOrganisationPort;
import be.wallonie.clusters.registry.application.port.out.SaveDossierPort;
import be.wallonie.clusters.registry.application.port.out.SearchDossiersPort;
import be.wallonie.clusters.registry.domain.dossier.CompletenessWarning;
import be.wallonie.clusters.registry.domain.dossier.ContentViolation;
import be.wallonie.clusters.registry.domain.dossier.Dossier;
import be.wallonie.clusters.registry.domain.dossier.DossierContent;
import be.wallonie.clusters.registry.domain.dossier.DossierId;
import be.wallonie.clusters.registry.domain.dossier.DossierSubmitted;
import be.wallonie.clusters.registry.domain.dossier.InvalidDossierContentException;
import be.wallonie.clusters.registry.domain.dossier.Member;
import be.wallonie.clusters.registry.domain.dossier.MemberRole;
import be.wallonie.clusters.registry.domain.dossier.MissingItem;
import be.wallonie.clusters.registry.domain.organisation.OrganisationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The dossier's content: editing it, checking it is complete, its frozen snapshots, and the list of dossiers. */
@ApplicationScoped
public class DossierContentService implements EditDossierContentUseCase, GetDossierCompletenessQuery, GetDossierSnapshotsQuery,
        SearchDossiersQuery {

    private final LoadDossierPort load;
    private final SaveDossierPort save;
    private final LoadOrganisationPort organisations;
    private final DecisionRecordsPort records;
    private final DossierSnapshotsPort snapshots;
    private final SearchDossiersPort search;
    private final DossierAccess access;
    private final Clock clock;
    private final MembershipAnnouncements membership;

    public DossierContentService(LoadDossierPort load, SaveDossierPort save, LoadOrganisationPort organisations,
            DecisionRecordsPort records, DossierSnapshotsPort snapshots, SearchDossiersPort search, DossierAccess access, Clock clock,
            MembershipAnnouncements membership) {
        this.membership = membership;
        this.load = load;
        this.save = save;
        this.organisations = organisations;
        this.records = records;
        this.snapshots = snapshots;
        this.search = search;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Dossier replaceContent(ReplaceDossierContentCommand c) {
        Dossier dossier = load.dossierAtVersion(c.dossierId(), c.expectedVersion());
        access.requireMayChange(dossier, c.caller());
        // the domain's rules and the registry's (members are registered organisations), all reported together
        List<ContentViolation> found = new ArrayList<>();
        List<Member> members = c.members() == null ? List.of() : c.members();
        // every member organisation in one load, however many members
        Set<UUID> registered = organisations.loadOrganisations(members.stream()
                        .filter(m -> m != null && m.organisationId() != null).map(m -> new OrganisationId(m.organisationId())).toList())
                .stream().map(o -> o.id().value()).collect(Collectors.toSet());
        for (int i = 0; i < members.size(); i++) {
            UUID id = members.get(i) == null ? null : members.get(i).organisationId();
            if (id != null && !registered.contains(id)) {
                found.add(new ContentViolation("members[" + i + "].organisationId", ContentViolation.Code.UNKNOWN_ORGANISATION));
            }
        }
        DossierContent content = null;
        try {
            content = new DossierContent(c.members(), c.relations(), c.objectives(), c.vision(), c.expectedGains(), c.actions(),
                    c.governance(), c.privateContributionsPerYear());
        } catch (InvalidDossierContentException e) {
            found.addAll(e.violations());
        }
        if (!found.isEmpty()) {
            throw new InvalidDossierContentException(found);
        }
        Set<UUID> membersBefore = Set.copyOf(dossier.content().memberIds());
        Instant now = clock.instant();
        if (dossier.replaceContent(content, c.caller().userId(), now).isEmpty()) {
            return dossier;
        }
        Dossier saved = save.saveDossier(dossier);
        membership.contentSaved(saved, membersBefore, now);
        return saved;
    }

    @Override
    public List<MissingItem> missingForSubmission(DossierId id, Caller caller) {
        Dossier dossier = load.existingDossier(id);
        access.requireMaySee(dossier, caller);
        return dossier.missingForSubmission(records.animatorPostOf(id).isPresent(), organisations.loadOrganisations(
                dossier.content().coreGroupIds().stream().map(OrganisationId::new).toList()).stream()
                .collect(Collectors.toMap(o -> o.id().value(), o -> o.profile().kind(), (a, b) -> a)));
    }

    @Override
    public List<CompletenessWarning> warnings(DossierId id, Caller caller) {
        access.requireMaySee(load.existingDossier(id), caller);
        // a core group without an enterprise majority is a missing item now (CORE_GROUP_ENTERPRISE_MAJORITY)
        return List.of();
    }

    @Override
    public List<DossierSubmitted> snapshots(DossierId id, Caller caller) {
        access.requireMaySee(load.existingDossier(id), caller);
        return snapshots.snapshots(id);
    }

    @Override
    public Optional<DossierSubmitted> snapshot(DossierId id, int version, Caller caller) {
        access.requireMaySee(load.existingDossier(id), caller);
        return snapshots.snapshot(id, version);
    }

    @Override
    public DossierPage searchDossiers(DossierSearchCriteria criteria, Caller caller) {
        return access.visibleTo(criteria, caller).map(search::searchDossiers)
                .orElseGet(() -> DossierPage.empty(criteria.page(), criteria.size()));
    }
}
