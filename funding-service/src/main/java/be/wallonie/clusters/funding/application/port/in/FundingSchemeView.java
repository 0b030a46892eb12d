package be.wallonie.clusters.funding.application.port.in;

import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheme and its published versions, as of one day.
 *
 * @param scheme   the scheme
 * @param asOf     the day that decides which version is current
 * @param versions every published version, oldest effective date first
 */
public record FundingSchemeView(SchemeCode scheme, LocalDate asOf, List<PublishedSchemeVersion> versions) {

    public FundingSchemeView {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(asOf, "as of");
        versions = List.copyOf(versions);
    }

    /** The version in force on {@link #asOf()}: the latest one already effective. */
    public Optional<PublishedSchemeVersion> current() {
        PublishedSchemeVersion found = null;
        for (PublishedSchemeVersion v : versions) {
            if (v.version().inForceOn(asOf)) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The first version published to take effect after {@link #asOf()}, if any. */
    public Optional<PublishedSchemeVersion> next() {
        return versions.stream().filter(v -> !v.version().inForceOn(asOf)).findFirst();
    }
}
