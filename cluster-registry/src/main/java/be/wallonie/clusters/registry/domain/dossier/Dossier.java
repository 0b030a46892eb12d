package be.wallonie.clusters.registry.domain.dossier;

import be.wallonie.clusters.registry.domain.organisation.OrganisationKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A cluster dossier: the registry's core aggregate. Lifecycle steps return the change they made so
 * that the caller can record it and publish the matching event.
 */
public final class Dossier {

    /** The lifecycle of domain.md §3 as a table: from each status, the statuses it may go to. */
    static final Map<DossierStatus, Set<DossierStatus>> TRANSITIONS = Map.of(
            DossierStatus.DRAFT, EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.WITHDRAWN),
            DossierStatus.SUBMITTED, EnumSet.of(DossierStatus.UNDER_EVALUATION, DossierStatus.RETURNED_FOR_COMPLETION, DossierStatus.WITHDRAWN),
            DossierStatus.UNDER_EVALUATION, EnumSet.of(DossierStatus.OPINION_RECEIVED, DossierStatus.WITHDRAWN),
            DossierStatus.OPINION_RECEIVED, EnumSet.of(DossierStatus.VALIDATED, DossierStatus.REJECTED, DossierStatus.RETURNED_FOR_COMPLETION),
            DossierStatus.RETURNED_FOR_COMPLETION, EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.WITHDRAWN),
            // a validated cluster goes back to the Comité only to renew its agrément ("renewal needs a new evaluation")
            DossierStatus.VALIDATED, EnumSet.of(DossierStatus.SUBMITTED),
            DossierStatus.REJECTED, EnumSet.noneOf(DossierStatus.class),
            DossierStatus.WITHDRAWN, EnumSet.noneOf(DossierStatus.class));

    private final DossierId id;
    private String name;
    private String acronym;
    private Scheme scheme;
    private Volet entryVolet;
    private Focus focus;
    private DossierContent content;
    private DossierStatus status;
    private int snapshotVersion;
    private final long version;
    private final String createdBy;
    private final Instant createdAt;
    private final List<StatusChange> pendingChanges = new ArrayList<>();
    private final List<ContentChange> pendingContentChanges = new ArrayList<>();

    private Dossier(DossierId id, String name, String acronym, Scheme scheme, Volet entryVolet, Focus focus,
            DossierContent content, DossierStatus status, int snapshotVersion, long version, String createdBy, Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.name = requireText(name, "name");
        this.acronym = acronym;
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        this.entryVolet = Objects.requireNonNull(entryVolet, "entry volet");
        this.focus = Objects.requireNonNull(focus, "focus");
        this.content = content == null ? DossierContent.EMPTY : content;
        this.status = Objects.requireNonNull(status, "status");
        this.snapshotVersion = snapshotVersion;
        this.version = version;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** A new draft, as an applicant or the Cellule opens it. */
    public static Dossier draft(String name, String acronym, Scheme scheme, Volet entryVolet, Focus focus,
            String createdBy, Instant now) {
        return draft(name, acronym, scheme, entryVolet, focus, DossierContent.EMPTY, createdBy, now);
    }

    /** A new draft with its first content (an applicant's organisation as the first core-group member). */
    public static Dossier draft(String name, String acronym, Scheme scheme, Volet entryVolet, Focus focus, DossierContent content,
            String createdBy, Instant now) {
        return new Dossier(DossierId.newId(), name, acronym, scheme, entryVolet, focus, content, DossierStatus.DRAFT, 0, 0,
                createdBy, now);
    }

    /** Rebuilds a stored dossier. */
    public static Dossier restore(DossierId id, String name, String acronym, Scheme scheme, Volet entryVolet, Focus focus,
            DossierStatus status, int snapshotVersion, long version, String createdBy, Instant createdAt) {
        return restore(id, name, acronym, scheme, entryVolet, focus, DossierContent.EMPTY, status, snapshotVersion, version,
                createdBy, createdAt);
    }

    /** Rebuilds a stored dossier with its content. */
    public static Dossier restore(DossierId id, String name, String acronym, Scheme scheme, Volet entryVolet, Focus focus,
            DossierContent content, DossierStatus status, int snapshotVersion, long version, String createdBy, Instant createdAt) {
        return new Dossier(id, name, acronym, scheme, entryVolet, focus, content, status, snapshotVersion, version, createdBy,
                createdAt);
    }

    /**
     * Whether the applicants may change what the dossier states: as a draft, when returned to them, and once validated —
     * a recognised cluster updates its members and its next action plan before asking for the renewal of its agrément
     * (what was validated stays in its frozen snapshot). Never while the Comité or the Region holds it.
     */
    public boolean isEditable() {
        return status == DossierStatus.DRAFT || status == DossierStatus.RETURNED_FOR_COMPLETION || status == DossierStatus.VALIDATED;
    }

    /**
     * Replaces what the dossier states; refused once submitted (until it is returned for completion or validated).
     *
     * @return the sections that changed, empty when nothing did
     */
    public List<String> replaceContent(DossierContent newContent, String by, Instant at) {
        Objects.requireNonNull(newContent, "content");
        if (!isEditable()) {
            throw new DossierNotEditableException(status);
        }
        List<String> changed = newContent.sectionsChangedFrom(content);
        content = newContent;
        if (!changed.isEmpty()) {
            pendingContentChanges.add(new ContentChange(by, at, changed));
        }
        return changed;
    }

    /**
     * Replaces the dossier's header — name, acronym, scheme, entry volet, focus — while the dossier is editable: a draft
     * completes its focus, a project moves from SENSIBILISATION to VALIDATION. Recorded in the audit trail with the
     * fields that changed.
     *
     * @return the fields that changed, empty when nothing did
     */
    public List<String> editHeader(String newName, String newAcronym, Scheme newScheme, Volet newEntryVolet, Focus newFocus,
            String by, Instant at) {
        String checkedName = requireText(newName, "name");
        Objects.requireNonNull(newScheme, "scheme");
        Objects.requireNonNull(newEntryVolet, "entry volet");
        Objects.requireNonNull(newFocus, "focus");
        if (!isEditable()) {
            throw new DossierNotEditableException(status);
        }
        String checkedAcronym = newAcronym == null || newAcronym.isBlank() ? null : newAcronym.strip();
        List<String> changed = new ArrayList<>();
        if (!checkedName.equals(name)) {
            changed.add("name");
        }
        if (!Objects.equals(checkedAcronym, acronym)) {
            changed.add("acronym");
        }
        if (newScheme != scheme) {
            changed.add("scheme");
        }
        if (newEntryVolet != entryVolet) {
            changed.add("entryVolet");
        }
        if (newFocus.kind() != focus.kind()) {
            changed.add("focus.kind");
        }
        if (!Objects.equals(newFocus.domain(), focus.domain())) {
            changed.add("focus.domain");
        }
        if (!Objects.equals(newFocus.description(), focus.description())) {
            changed.add("focus.description");
        }
        name = checkedName;
        acronym = checkedAcronym;
        scheme = newScheme;
        entryVolet = newEntryVolet;
        focus = newFocus;
        if (!changed.isEmpty()) {
            pendingContentChanges.add(new ContentChange(by, at, changed));
        }
        return List.copyOf(changed);
    }

    /**
     * What the dossier still lacks before submission (see {@link DossierCompleteness}).
     *
     * @param kinds the kind of each member organisation, by organisation id
     */
    public List<MissingItem> missingForSubmission(boolean animatorPostStated, Map<UUID, OrganisationKind> kinds) {
        return DossierCompleteness.check(this, animatorPostStated, kinds);
    }

    /**
     * Submission to the call: refused with every missing item while the dossier is incomplete; otherwise freezes a
     * new snapshot version with each member's organisation as it stands now. A validated cluster does not submit
     * again: it asks for a renewal ({@link #requestRenewal}).
     *
     * @param organisations the member organisations as they stand (at least every member)
     * @param animatorPost  the animateur post stated, null when none
     */
    public DossierSubmitted submit(String by, Instant at, List<MemberOrganisation> organisations, AnimatorPost animatorPost) {
        return submit(by, at, organisations, animatorPost, null);
    }

    /**
     * Submission with the funded beneficiary a grape or a pole declared (null when none), frozen with the rest.
     */
    public DossierSubmitted submit(String by, Instant at, List<MemberOrganisation> organisations, AnimatorPost animatorPost,
            FundedBeneficiary fundedBeneficiary) {
        if (status == DossierStatus.VALIDATED) {
            throw new IllegalTransitionException(status, DossierStatus.SUBMITTED);
        }
        return freeze("soumission au concours", by, at, organisations, animatorPost, fundedBeneficiary);
    }

    /**
     * A validated cluster asks to renew its agrément: a new snapshot goes to the Comité for a new evaluation, through the
     * same rounds and the same completeness check as a first submission.
     */
    public DossierSubmitted requestRenewal(String by, Instant at, List<MemberOrganisation> organisations, AnimatorPost animatorPost) {
        return requestRenewal(by, at, organisations, animatorPost, null);
    }

    /** A renewal request with the funded beneficiary a grape or a pole declared (null when none), frozen with the rest. */
    public DossierSubmitted requestRenewal(String by, Instant at, List<MemberOrganisation> organisations, AnimatorPost animatorPost,
            FundedBeneficiary fundedBeneficiary) {
        if (status != DossierStatus.VALIDATED) {
            throw new IllegalTransitionException(status, DossierStatus.SUBMITTED);
        }
        return freeze("demande de renouvellement de l'agrément", by, at, organisations, animatorPost, fundedBeneficiary);
    }

    private DossierSubmitted freeze(String reason, String by, Instant at, List<MemberOrganisation> organisations,
            AnimatorPost animatorPost, FundedBeneficiary fundedBeneficiary) {
        Map<UUID, OrganisationKind> kinds = new HashMap<>();
        organisations.forEach(o -> kinds.put(o.organisationId(), o.kind()));
        List<MissingItem> missing = missingForSubmission(animatorPost != null, kinds);
        if (!missing.isEmpty()) {
            // the lifecycle rule first: an illegal step is reported as such, whatever the content
            if (!isAllowed(status, DossierStatus.SUBMITTED)) {
                throw new IllegalTransitionException(status, DossierStatus.SUBMITTED);
            }
            throw new DossierIncompleteException(missing);
        }
        Map<UUID, MemberOrganisation> byId = new HashMap<>();
        organisations.forEach(o -> byId.put(o.organisationId(), o));
        List<MemberOrganisation> frozen = content.memberIds().stream().map(memberId -> {
            MemberOrganisation o = byId.get(memberId);
            if (o == null) {
                throw new IllegalArgumentException("no organisation given for member " + memberId);
            }
            return o;
        }).toList();
        moveTo(DossierStatus.SUBMITTED, by, at, reason);
        snapshotVersion++;
        return new DossierSubmitted(new DossierSnapshot(id, snapshotVersion, name, acronym, scheme, entryVolet, focus, content,
                frozen, animatorPost, fundedBeneficiary), at, by);
    }

    /** The lifecycle step alone, without the completeness check: for the lifecycle's own tests. */
    DossierSubmitted submit(String by, Instant at) {
        if (status == DossierStatus.VALIDATED) {
            throw new IllegalTransitionException(status, DossierStatus.SUBMITTED);
        }
        moveTo(DossierStatus.SUBMITTED, by, at, "soumission au concours");
        snapshotVersion++;
        return new DossierSubmitted(new DossierSnapshot(id, snapshotVersion, name, acronym, scheme, entryVolet, focus, content,
                List.of(), null), at, by);
    }

    /** The lifecycle step of a renewal alone, without the completeness check: for the lifecycle's own tests. */
    DossierSubmitted requestRenewal(String by, Instant at) {
        if (status != DossierStatus.VALIDATED) {
            throw new IllegalTransitionException(status, DossierStatus.SUBMITTED);
        }
        moveTo(DossierStatus.SUBMITTED, by, at, "demande de renouvellement de l'agrément");
        snapshotVersion++;
        return new DossierSubmitted(new DossierSnapshot(id, snapshotVersion, name, acronym, scheme, entryVolet, focus, content,
                List.of(), null), at, by);
    }

    /** The Comité opened an evaluation case for the submitted snapshot. */
    public StatusChange startEvaluation(String by, Instant at) {
        return moveTo(DossierStatus.UNDER_EVALUATION, by, at, "dossier pris en charge par le Comité d'Evaluation");
    }

    /** The Comité's opinion on the current snapshot arrived; an opinion on an older snapshot is ignored by the caller. */
    public StatusChange receiveOpinion(String by, Instant at, String reason) {
        return moveTo(DossierStatus.OPINION_RECEIVED, by, at, reason);
    }

    /** The Region decided: the dossier is validated or rejected; the reason is the justification, if any. */
    public StatusChange decide(boolean validated, String by, Instant at, String reason) {
        return moveTo(validated ? DossierStatus.VALIDATED : DossierStatus.REJECTED, by, at, reason);
    }

    /** The applicants (or the Cellule for them) withdraw the dossier; it is closed for good. */
    public StatusChange withdraw(String by, Instant at, String reason) {
        return moveTo(DossierStatus.WITHDRAWN, by, at, reason == null || reason.isBlank() ? "retrait du dossier" : reason.strip());
    }

    /** The Cellule sends the dossier back to the applicants to complete it; they resubmit a new snapshot. */
    public StatusChange returnForCompletion(String by, Instant at, String reason) {
        return moveTo(DossierStatus.RETURNED_FOR_COMPLETION, by, at, requireText(reason, "reason"));
    }

    /** A withdrawn or rejected dossier is closed: nothing more is declared on it. */
    public void requireOpen() {
        if (status == DossierStatus.WITHDRAWN || status == DossierStatus.REJECTED) {
            throw new DossierClosedException(status);
        }
    }

    public static boolean isAllowed(DossierStatus from, DossierStatus to) {
        return TRANSITIONS.get(from).contains(to);
    }

    private StatusChange moveTo(DossierStatus target, String by, Instant at, String reason) {
        if (!isAllowed(status, target)) {
            throw new IllegalTransitionException(status, target);
        }
        StatusChange change = new StatusChange(status, target, by, at, reason);
        status = target;
        pendingChanges.add(change);
        return change;
    }

    /** Transitions made since the dossier was loaded, to be recorded by the persistence adapter. */
    public List<StatusChange> pendingChanges() {
        return List.copyOf(pendingChanges);
    }

    /** Content edits made since the dossier was loaded, for the audit trail. */
    public List<ContentChange> pendingContentChanges() {
        return List.copyOf(pendingContentChanges);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    public DossierId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String acronym() {
        return acronym;
    }

    public Scheme scheme() {
        return scheme;
    }

    public Volet entryVolet() {
        return entryVolet;
    }

    public Focus focus() {
        return focus;
    }

    public DossierContent content() {
        return content;
    }

    public DossierStatus status() {
        return status;
    }

    public int snapshotVersion() {
        return snapshotVersion;
    }

    public long version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
