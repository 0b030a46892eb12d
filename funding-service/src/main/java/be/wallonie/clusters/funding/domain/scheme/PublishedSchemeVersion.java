package be.wallonie.clusters.funding.domain.scheme;

import java.time.Instant;
import java.util.Objects;

/**
 * A scheme version as published: the policy data and who published it, when, and on what basis.
 *
 * @param version     the policy data the calculator uses
 * @param source      what the figures rest on (a decision, the seeds' quotation), if stated
 * @param publishedBy who published it (a user id; the seed migration for the documented defaults)
 * @param publishedAt when
 */
public record PublishedSchemeVersion(SchemeVersion version, String source, String publishedBy, Instant publishedAt) {

    public PublishedSchemeVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(publishedBy, "published by");
        if (publishedBy.isBlank()) {
            throw new IllegalArgumentException("a published version names who published it");
        }
        Objects.requireNonNull(publishedAt, "published at");
        source = source == null || source.isBlank() ? null : source.strip();
    }

    public SchemeCode scheme() {
        return version.scheme();
    }

    public String label() {
        return version.label();
    }
}
