package be.wallonie.clusters.registry.domain.accompaniment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A project the Cellule accompanies before any dossier exists (000 III.2, volet 1 "sensibilisation": raising
 * awareness, partner search, exchanges of experience, referral to other regional aids). It stays {@code OPEN} while
 * accompanied, then {@code BECAME_DOSSIER} (linked to the dossier it became, which must exist; a dossier comes from at
 * most one project) or {@code ABANDONED} (with the reason: the technology-grape pilot died "par manque de suivi", 001).
 * Every change is a new {@code version} (1, 2, 3…).
 *
 * @param organisationIds the registry organisations involved, in the order given, without duplicates
 * @param officer         the subject of the Cellule officer in charge
 * @param abandonReason   set exactly when {@code ABANDONED}
 * @param dossierId       set exactly when {@code BECAME_DOSSIER}
 */
public record AccompaniedProject(UUID id, String name, List<UUID> organisationIds, String officer, LocalDate firstContactOn,
        ProjectStatus status, String abandonReason, UUID dossierId, int version, String changedBy, Instant changedAt) {

    public static final int MAX_NAME = 300;
    public static final int MAX_OFFICER = 200;
    public static final int MAX_REASON = 2000;
    public static final int MAX_ORGANISATIONS = 200;

    public AccompaniedProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        organisationIds = List.copyOf(organisationIds);
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(firstContactOn, "first contact");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedBy, "changed by");
        Objects.requireNonNull(changedAt, "changed at");
        if ((status == ProjectStatus.BECAME_DOSSIER) != (dossierId != null)) {
            throw new IllegalArgumentException("a dossier is linked exactly when the project became a dossier");
        }
        if ((status == ProjectStatus.ABANDONED) != (abandonReason != null)) {
            throw new IllegalArgumentException("a reason is given exactly when the project is abandoned");
        }
        if (version < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
    }

    /**
     * A project as the Cellule writes it; every field may be missing or wrong, {@link #open} and {@link #change} say
     * which. A missing status is {@code OPEN}.
     */
    public record Form(String name, List<UUID> organisationIds, String officer, LocalDate firstContactOn, String status,
            String abandonReason, UUID dossierId) {
    }

    /** A new project (version 1); every broken rule at once ({@link InvalidAccompanimentException}). */
    public static AccompaniedProject open(UUID id, Form f, References refs, LocalDate today, String by, Instant at) {
        return validated(id, f, refs, today, 1, by, at);
    }

    /** The project as the form now states it, one version more. */
    public AccompaniedProject change(Form f, References refs, LocalDate today, String by, Instant at) {
        return validated(id, f, refs, today, version + 1, by, at);
    }

    private static AccompaniedProject validated(UUID id, Form f, References refs, LocalDate today, int version, String by,
            Instant at) {
        List<AccompanimentViolation> v = new ArrayList<>();
        String name = Checks.text(f.name(), "name", MAX_NAME, true, v);
        List<UUID> organisations = Checks.organisations(f.organisationIds(), refs, v);
        String officer = Checks.text(f.officer(), "officer", MAX_OFFICER, true, v);
        Checks.pastOrToday(f.firstContactOn(), "firstContactOn", today, v);
        ProjectStatus status = ProjectStatus.OPEN;
        if (f.status() != null && !f.status().isBlank()) {
            try {
                status = ProjectStatus.valueOf(f.status().strip());
            } catch (IllegalArgumentException e) {
                v.add(new AccompanimentViolation("status", AccompanimentViolation.Code.UNKNOWN_STATUS));
                status = null;
            }
        }
        String reason = Checks.text(f.abandonReason(), "abandonReason", MAX_REASON, status == ProjectStatus.ABANDONED, v);
        if (reason != null && status != null && status != ProjectStatus.ABANDONED) {
            v.add(new AccompanimentViolation("abandonReason", AccompanimentViolation.Code.NOT_FOR_THIS_STATUS));
        }
        if (status == ProjectStatus.BECAME_DOSSIER) {
            if (f.dossierId() == null) {
                v.add(new AccompanimentViolation("dossierId", AccompanimentViolation.Code.REQUIRED));
            } else if (!refs.dossierExists(f.dossierId())) {
                v.add(new AccompanimentViolation("dossierId", AccompanimentViolation.Code.UNKNOWN_DOSSIER));
            }
        } else if (f.dossierId() != null && status != null) {
            v.add(new AccompanimentViolation("dossierId", AccompanimentViolation.Code.NOT_FOR_THIS_STATUS));
        }
        Checks.ifAny(v);
        return new AccompaniedProject(id, name, organisations, officer, f.firstContactOn(), status,
                status == ProjectStatus.ABANDONED ? reason : null, status == ProjectStatus.BECAME_DOSSIER ? f.dossierId() : null,
                version, by, at);
    }
}
