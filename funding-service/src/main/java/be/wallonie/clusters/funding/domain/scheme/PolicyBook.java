package be.wallonie.clusters.funding.domain.scheme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * All versions of all schemes, immutable. The version in force on a computation date is the one with the
 * latest {@code effectiveFrom} not after that date, so adding a version that takes effect later leaves
 * every computation made before that date unchanged.
 */
public final class PolicyBook {

    private static final Comparator<SchemeVersion> BY_EFFECTIVE_DATE = Comparator.comparing(SchemeVersion::effectiveFrom);

    private final Map<SchemeCode, List<SchemeVersion>> versions;

    private PolicyBook(Map<SchemeCode, List<SchemeVersion>> versions) {
        this.versions = versions;
    }

    public static PolicyBook empty() {
        return new PolicyBook(new EnumMap<>(SchemeCode.class));
    }

    public static PolicyBook of(Collection<SchemeVersion> versions) {
        PolicyBook book = empty();
        for (SchemeVersion version : versions) {
            book = book.with(version);
        }
        return book;
    }

    public static PolicyBook of(SchemeVersion... versions) {
        return of(List.of(versions));
    }

    /**
     * A new book with one more version. Refused when the scheme already has a version with the same label or
     * the same effective date (two versions may not both be "in force from" one day).
     */
    public PolicyBook with(SchemeVersion version) {
        Objects.requireNonNull(version, "version");
        List<SchemeVersion> existing = versions.getOrDefault(version.scheme(), List.of());
        for (SchemeVersion other : existing) {
            if (other.label().equals(version.label())) {
                throw new IllegalArgumentException(version.scheme() + " already has a version labelled " + version.label());
            }
            if (other.effectiveFrom().equals(version.effectiveFrom())) {
                throw new IllegalArgumentException(version.scheme() + " already has a version in force from "
                        + version.effectiveFrom() + " (" + other.label() + ")");
            }
        }
        List<SchemeVersion> updated = new ArrayList<>(existing);
        updated.add(version);
        updated.sort(BY_EFFECTIVE_DATE);
        Map<SchemeCode, List<SchemeVersion>> copy = new EnumMap<>(SchemeCode.class);
        copy.putAll(versions);
        copy.put(version.scheme(), List.copyOf(updated));
        return new PolicyBook(copy);
    }

    /**
     * A new book with {@code version} published on {@code today}, under the publication rules of versioned policy
     * data: the label is new for the scheme, the version takes effect today or later (a computation already made
     * keeps the version it used) and strictly after the scheme's latest version (versions follow one another in
     * time, none is slipped in before another).
     *
     * @throws SchemeVersionRefusedException when a rule is broken, with the reason and the version in the way
     */
    public PolicyBook publish(SchemeVersion version, LocalDate today) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(today, "today");
        for (SchemeVersion other : versions(version.scheme())) {
            if (other.label().equals(version.label())) {
                throw new SchemeVersionRefusedException(SchemeVersionRefusedException.Reason.LABEL_TAKEN, version, other, today);
            }
        }
        if (version.effectiveFrom().isBefore(today)) {
            throw new SchemeVersionRefusedException(SchemeVersionRefusedException.Reason.EFFECTIVE_DATE_IN_THE_PAST, version,
                    null, today);
        }
        Optional<SchemeVersion> latest = latest(version.scheme());
        if (latest.isPresent() && !version.effectiveFrom().isAfter(latest.get().effectiveFrom())) {
            throw new SchemeVersionRefusedException(SchemeVersionRefusedException.Reason.NOT_AFTER_LATEST_VERSION, version,
                    latest.get(), today);
        }
        return with(version);
    }

    /** The version of {@code scheme} with the latest effective date (possibly not yet in force). */
    public Optional<SchemeVersion> latest(SchemeCode scheme) {
        List<SchemeVersion> all = versions(scheme);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The first version of {@code scheme} that takes effect after {@code date}, if one is already published. */
    public Optional<SchemeVersion> nextAfter(SchemeCode scheme, LocalDate date) {
        return versions(scheme).stream().filter(v -> v.effectiveFrom().isAfter(date)).findFirst();
    }

    /** The version of {@code scheme} in force on {@code date}, if any. */
    public Optional<SchemeVersion> findVersionAt(SchemeCode scheme, LocalDate date) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(date, "date");
        SchemeVersion found = null;
        for (SchemeVersion version : versions.getOrDefault(scheme, List.of())) {
            if (version.inForceOn(date)) {
                found = version;
            } else {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The version that prices day {@code day} of a period of {@code scheme} that started on {@code periodStart}: the
     * version in force on the period's first day, unless a later one says it applies to running periods from a day
     * on or before {@code day} (domain.md §5: "a scheme version governs the periods that start while it is in
     * force"). Empty when no version was in force when the period started.
     */
    public Optional<SchemeVersion> governing(SchemeCode scheme, LocalDate periodStart, LocalDate day) {
        Objects.requireNonNull(periodStart, "period start");
        Objects.requireNonNull(day, "day");
        if (findVersionAt(scheme, periodStart).isEmpty()) {
            return Optional.empty();
        }
        SchemeVersion found = null;
        for (SchemeVersion version : versions(scheme)) {
            if (version.mayPrice(periodStart, day)) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The days after {@code periodStart} and up to {@code periodEnd} on which the version pricing a period changes
     * (a later version applying to running periods from that day), in date order.
     */
    public List<LocalDate> governingChanges(SchemeCode scheme, LocalDate periodStart, LocalDate periodEnd) {
        List<LocalDate> changes = new ArrayList<>();
        for (SchemeVersion version : versions(scheme)) {
            LocalDate from = version.runningPeriodsFrom();
            if (!version.inForceOn(periodStart) && from != null && from.isAfter(periodStart) && !from.isAfter(periodEnd)
                    && !changes.contains(from)) {
                changes.add(from);
            }
        }
        changes.sort(Comparator.naturalOrder());
        return List.copyOf(changes);
    }

    /** The version of {@code scheme} in force on {@code date}; fails when none is. */
    public SchemeVersion versionAt(SchemeCode scheme, LocalDate date) {
        return findVersionAt(scheme, date).orElseThrow(
                () -> new NoSuchElementException("no version of " + scheme + " is in force on " + date));
    }

    /** A version by its label, e.g. to recompute a stored schedule with the version that produced it. */
    public Optional<SchemeVersion> version(SchemeCode scheme, String label) {
        return versions.getOrDefault(scheme, List.of()).stream().filter(v -> v.label().equals(label)).findFirst();
    }

    /** The versions of {@code scheme}, oldest first. */
    public List<SchemeVersion> versions(SchemeCode scheme) {
        return versions.getOrDefault(scheme, List.of());
    }

    /** Every version, by scheme then effective date. */
    public List<SchemeVersion> all() {
        List<SchemeVersion> all = new ArrayList<>();
        for (SchemeCode scheme : SchemeCode.values()) {
            all.addAll(versions(scheme));
        }
        return List.copyOf(all);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PolicyBook other && versions.equals(other.versions);
    }

    @Override
    public int hashCode() {
        return versions.hashCode();
    }

    @Override
    public String toString() {
        return "PolicyBook" + versions;
    }
}
