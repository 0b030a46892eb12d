package be.wallonie.clusters.registry.domain.support;

import be.wallonie.clusters.registry.domain.dossier.DossierStatus;
import be.wallonie.clusters.registry.domain.dossier.Volet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Co-funding of the animateur of a cluster in preparation, to help it formalise its dossier ("aides à la formalisation
 * par animateurs", 000 III.2 Volet 2; "cofinancement … pour les clusters en phase de validation", limité dans le temps):
 * from the draft stage (volet sensibilisation or validation) until the Region's decision. The Region grants a window
 * of at most {@link PreparationSupportPolicy#maxMonths()} months; the support ends at the latest when the agrément
 * starts (the day before is its last day) or when the dossier is rejected or withdrawn (that day is its last day).
 *
 * @param start  first day granted
 * @param end    last day granted
 * @param ending how it was cut short, if it was; the days after {@link Ending#lastDay()} are not funded
 */
public record PreparationSupport(UUID id, UUID dossierId, LocalDate start, LocalDate end, String grantedBy, Instant grantedAt,
        Ending ending) {

    /** A dossier is in validation phase from its submission until the Region's decision. */
    public static final Set<DossierStatus> VALIDATION_PHASE = EnumSet.of(DossierStatus.SUBMITTED, DossierStatus.UNDER_EVALUATION,
            DossierStatus.OPINION_RECEIVED, DossierStatus.RETURNED_FOR_COMPLETION);

    /** The volets of a draft in preparation: a dossier entering at mise en œuvre is past preparing. */
    public static final Set<Volet> PREPARATION_VOLETS = EnumSet.of(Volet.SENSIBILISATION, Volet.VALIDATION);

    /** Why a support ended before its granted end. */
    public enum EndReason {
        AGREMENT_STARTED, DOSSIER_REJECTED, DOSSIER_WITHDRAWN
    }

    /**
     * How a support was cut short.
     *
     * @param lastDay the last day funded; the day before the start when the support ended before it began (no day funded)
     * @param endedBy who took the decision or withdrew the dossier
     */
    public record Ending(LocalDate lastDay, EndReason reason, String endedBy, Instant endedAt) {
        public Ending {
            Objects.requireNonNull(lastDay, "lastDay");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(endedAt, "endedAt");
        }
    }

    public PreparationSupport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossier");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("endDate");
        }
        if (ending != null && (ending.lastDay().isBefore(start.minusDays(1)) || !ending.lastDay().isBefore(end))) {
            throw new IllegalArgumentException("an ending falls between the day before the start and the granted end");
        }
    }

    /** A support as granted, not cut short. */
    public PreparationSupport(UUID id, UUID dossierId, LocalDate start, LocalDate end, String grantedBy, Instant grantedAt) {
        this(id, dossierId, start, end, grantedBy, grantedAt, null);
    }

    /** Whether a dossier in that status, entered at that volet, may be granted preparation support. */
    public static boolean inPreparation(DossierStatus status, Volet entryVolet) {
        return status == DossierStatus.DRAFT ? PREPARATION_VOLETS.contains(entryVolet) : VALIDATION_PHASE.contains(status);
    }

    /**
     * The latest last day of a window of {@code months} months from {@code start}: the day before the same day
     * {@code months} months later, by the same rule as the agrément's years (1 January → 31 December for 12 months).
     */
    public static LocalDate lastAllowedDay(LocalDate start, int months) {
        LocalDate dayBeforeAnniversary = start.plusMonths(months).minusDays(1);
        LocalDate anniversaryOfTheDayBefore = start.minusDays(1).plusMonths(months);
        return dayBeforeAnniversary.isAfter(anniversaryOfTheDayBefore) ? dayBeforeAnniversary : anniversaryOfTheDayBefore;
    }

    /**
     * A new support for the window the Region asks for.
     *
     * @throws PreparationWindowTooLongException when the window is longer than the policy allows
     */
    public static PreparationSupport grant(UUID dossierId, LocalDate start, LocalDate end, PreparationSupportPolicy policy, String by,
            Instant at) {
        LocalDate latest = lastAllowedDay(start, policy.maxMonths());
        if (end.isAfter(latest)) {
            throw new PreparationWindowTooLongException(policy.maxMonths(), latest);
        }
        return new PreparationSupport(UUID.randomUUID(), dossierId, start, end, by, at, null);
    }

    /** The last day funded: the granted end, or the ending's last day. */
    public LocalDate lastFundedDay() {
        return ending == null ? end : ending.lastDay();
    }

    /**
     * The support cut after {@code lastFundedDay}, or empty when it does not run past that day (already ended, or its
     * granted end is that day or earlier): ending twice changes nothing.
     */
    public Optional<PreparationSupport> endAfter(LocalDate lastFundedDay, EndReason reason, String by, Instant at) {
        if (ending != null || !end.isAfter(lastFundedDay)) {
            return Optional.empty();
        }
        LocalDate last = lastFundedDay.isBefore(start) ? start.minusDays(1) : lastFundedDay;
        return Optional.of(new PreparationSupport(id, dossierId, start, end, grantedBy, grantedAt, new Ending(last, reason, by, at)));
    }
}
