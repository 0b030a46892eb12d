package be.wallonie.clusters.registry.application.port.in;

import java.time.Instant;

/**
 * One recorded change to a dossier, its decisions or its agréments: who, when, what, why.
 *
 * @param at     when
 * @param actor  who (the subject of the user, or the job or service that acted)
 * @param action what, as a stable code: {@code STATUS_CHANGED}, {@code CONTENT_CHANGED} (detail: the sections
 *               changed), {@code SNAPSHOT_FROZEN}, {@code DECIDED}, {@code AGREMENT_GRANTED},
 *               {@code AGREMENT_EXPIRED}, {@code AGREMENT_RENEWED}, {@code ANIMATOR_POST_STATED},
 *               {@code PREPARATION_SUPPORT_GRANTED}, {@code ANIMATOR_COSTS_DECLARED}, {@code FLAGSHIP_LABELLED},
 *               {@code FLAGSHIP_WITHDRAWN}, {@code CELLULE_AVIS_WRITTEN}, {@code CELLULE_AVIS_REVISED},
 *               {@code CELLULE_AVIS_FROZEN}
 * @param detail what changed, in words
 * @param reason why, when given (a justification, the reason of a transition)
 */
public record AuditEntry(Instant at, String actor, String action, String detail, String reason) {
}
