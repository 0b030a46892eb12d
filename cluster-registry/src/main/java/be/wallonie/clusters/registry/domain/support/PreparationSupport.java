package be.wallonie.clusters.registry.domain.support;

import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Co-funding of the animateur of a cluster still in validation phase ("cofinancement … pour les clusters en phase
 * de validation", limited in time, III.2). The funding scheme caps its duration; the registry records the window the
 * Region granted.
 */
public record PreparationSupport(UUID id, UUID dossierId, LocalDate start, LocalDate end, String grantedBy, Instant grantedAt) {

    /** A dossier is in validation phase from its submission until the Region's decision. */
    public static final Set<DossierStatus> VALIDATION_PHASE = EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.UNDER_EVALUATION,
            DossierStatus.OPINION_RECEIVED, DossierStatus.RETURNED_FOR_COMPLETION);

    public PreparationSupport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossier");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("endDate");
        }
    }
}
