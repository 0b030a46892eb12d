package be.wallonie.clusters.funding.domain.file;

import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.schedule.ScheduleLine;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One kept version of a cluster's schedule for one scheme: what was computed, when, why, and under which
 * scheme version. Never changed once stored; a change of input makes the next version.
 *
 * @param id                the version's identifier
 * @param dossierId         the cluster's dossier
 * @param scheme            the scheme
 * @param version           1, 2, 3… per dossier and scheme
 * @param policyVersion     label of the scheme version used
 * @param reason            the input that changed
 * @param computedOn        the computation date (selects the scheme version in force)
 * @param computedAt        when
 * @param inputsFingerprint fingerprint of the calculator's inputs
 * @param feedPosition      position in the incremental feed (increases with every stored version)
 * @param lines             the lines, in date order
 */
public record ComputedSchedule(UUID id, UUID dossierId, SchemeCode scheme, int version, String policyVersion, String reason,
        LocalDate computedOn, Instant computedAt, String inputsFingerprint, long feedPosition, List<ScheduleLine> lines,
        Money totalEligible, Money totalGranted, Money totalLeftToCluster, Money totalPrivateContributions) {

    public ComputedSchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossierId, "dossier id");
        Objects.requireNonNull(scheme, "scheme");
        lines = List.copyOf(lines);
    }
}
