package be.wallonie.clusters.registry.domain.accompaniment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One act of the Cellule's accompaniment (000 III.2): a meeting, an information session, help with formalisation, a
 * partner search, an exchange of experience or a referral to another regional aid, on a project or a dossier. An act
 * names an accompanied project, a dossier, or both only when the project became that dossier. It is never deleted: a
 * correction is the next version (with its reason), a cancellation the last one (with its reason).
 *
 * @param version            1 when recorded, then 2, 3… for each correction or the cancellation
 * @param officer            the subject of the Cellule officer who acted
 * @param notes              free text, the Cellule's work file (never published), or null
 * @param minutesSpent       the Cellule's time, 1 to {@link #MAX_MINUTES}
 * @param correctionReason   why this version corrects the previous one (null for version 1 and a cancellation)
 * @param cancellationReason set when the act is cancelled
 */
public record AccompanimentAct(UUID id, int version, UUID projectId, UUID dossierId, ActKind kind, LocalDate date, String officer,
        List<UUID> organisationIds, String notes, int minutesSpent, String correctionReason, String cancellationReason,
        String recordedBy, Instant recordedAt) {

    public static final int MAX_NOTES = 4000;
    /** An act is one day's work at most. */
    public static final int MAX_MINUTES = 1440;

    public AccompanimentAct {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(officer, "officer");
        organisationIds = List.copyOf(organisationIds);
        Objects.requireNonNull(recordedBy, "recorded by");
        Objects.requireNonNull(recordedAt, "recorded at");
        if (projectId == null && dossierId == null) {
            throw new IllegalArgumentException("an act is on a project or a dossier");
        }
        if (minutesSpent < 1 || minutesSpent > MAX_MINUTES) {
            throw new IllegalArgumentException("minutes spent out of range: " + minutesSpent);
        }
    }

    /** An act as the Cellule writes it; every field may be missing or wrong, {@link #record} says which. */
    public record Form(UUID projectId, UUID dossierId, String kind, LocalDate date, String officer, List<UUID> organisationIds,
            String notes, Integer minutesSpent) {
    }

    public boolean cancelled() {
        return cancellationReason != null;
    }

    /** A new act (version 1); every broken rule at once ({@link InvalidAccompanimentException}). */
    public static AccompanimentAct record(UUID id, Form f, References refs, LocalDate today, String by, Instant at) {
        List<AccompanimentViolation> v = new ArrayList<>();
        AccompanimentAct act = validated(id, 1, f, null, refs, today, by, at, v);
        Checks.ifAny(v);
        return act;
    }

    /** The act as the form now states it, one version more, with the reason of the correction. */
    public AccompanimentAct correct(Form f, String reason, References refs, LocalDate today, String by, Instant at) {
        requireLive();
        List<AccompanimentViolation> v = new ArrayList<>();
        String why = Checks.text(reason, "correctionReason", AccompaniedProject.MAX_REASON, true, v);
        AccompanimentAct act = validated(id, version + 1, f, why, refs, today, by, at, v);
        Checks.ifAny(v);
        return act;
    }

    /** The act cancelled, one version more: what it stated is kept, it no longer counts. */
    public AccompanimentAct cancel(String reason, String by, Instant at) {
        requireLive();
        List<AccompanimentViolation> v = new ArrayList<>();
        String why = Checks.text(reason, "cancellationReason", AccompaniedProject.MAX_REASON, true, v);
        Checks.ifAny(v);
        return new AccompanimentAct(id, version + 1, projectId, dossierId, kind, date, officer, organisationIds, notes, minutesSpent,
                null, why, by, at);
    }

    private void requireLive() {
        if (cancelled()) {
            throw new AccompanimentRefusedException(AccompanimentRefusedException.Reason.ACT_CANCELLED);
        }
    }

    private static AccompanimentAct validated(UUID id, int version, Form f, String correctionReason, References refs,
            LocalDate today, String by, Instant at, List<AccompanimentViolation> v) {
        Optional<AccompaniedProject> project = Optional.empty();
        if (f.projectId() == null && f.dossierId() == null) {
            v.add(new AccompanimentViolation("projectId", AccompanimentViolation.Code.REQUIRED));
            v.add(new AccompanimentViolation("dossierId", AccompanimentViolation.Code.REQUIRED));
        }
        if (f.projectId() != null) {
            project = refs.project(f.projectId());
            if (project.isEmpty()) {
                v.add(new AccompanimentViolation("projectId", AccompanimentViolation.Code.UNKNOWN_PROJECT));
            }
        }
        if (f.dossierId() != null) {
            if (!refs.dossierExists(f.dossierId())) {
                v.add(new AccompanimentViolation("dossierId", AccompanimentViolation.Code.UNKNOWN_DOSSIER));
            } else if (project.isPresent() && !f.dossierId().equals(project.get().dossierId())) {
                v.add(new AccompanimentViolation("dossierId", AccompanimentViolation.Code.NOT_THE_PROJECT_DOSSIER));
            }
        }
        ActKind kind = null;
        if (f.kind() == null || f.kind().isBlank()) {
            v.add(new AccompanimentViolation("kind", AccompanimentViolation.Code.REQUIRED));
        } else {
            try {
                kind = ActKind.valueOf(f.kind().strip());
            } catch (IllegalArgumentException e) {
                v.add(new AccompanimentViolation("kind", AccompanimentViolation.Code.UNKNOWN_KIND));
            }
        }
        Checks.pastOrToday(f.date(), "date", today, v);
        String officer = Checks.text(f.officer(), "officer", AccompaniedProject.MAX_OFFICER, true, v);
        List<UUID> organisations = Checks.organisations(f.organisationIds(), refs, v);
        String notes = Checks.text(f.notes(), "notes", MAX_NOTES, false, v);
        if (f.minutesSpent() == null) {
            v.add(new AccompanimentViolation("minutesSpent", AccompanimentViolation.Code.REQUIRED));
        } else if (f.minutesSpent() < 1) {
            v.add(new AccompanimentViolation("minutesSpent", AccompanimentViolation.Code.NOT_POSITIVE));
        } else if (f.minutesSpent() > MAX_MINUTES) {
            v.add(new AccompanimentViolation("minutesSpent", AccompanimentViolation.Code.TOO_MANY_MINUTES));
        }
        if (!v.isEmpty()) {
            return null;
        }
        return new AccompanimentAct(id, version, f.projectId(), f.dossierId(), kind, f.date(), officer, organisations, notes,
                f.minutesSpent(), correctionReason, null, by, at);
    }
}
