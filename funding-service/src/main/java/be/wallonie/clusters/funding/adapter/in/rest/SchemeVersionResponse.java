package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SchemeVersion", description = "One version of a scheme's policy data, in force from `effectiveFrom` until the "
        + "next version of the scheme")
public record SchemeVersionResponse(
        @Schema(example = "CLUSTER_ANIMATOR") SchemeCode scheme,
        @Schema(example = "defaults-1") String label,
        @Schema(example = "2000-01-01") LocalDate effectiveFrom,
        @Schema(example = "CURRENT", description = "As of today: PAST (replaced), CURRENT (in force) or UPCOMING (not yet in force)")
        Status status,
        SchemeParametersResponse parameters,
        @Schema(example = "001 : « Agrément pour 3 ans ; Financement : 160 000 €/an pour 3 ans, dégressif jusque 50 % sur 9 ans »")
        String source,
        @Schema(example = "region-officer-7", description = "Who published it; shown to the REGION and CELLULE roles only")
        String publishedBy,
        Instant publishedAt) {

    public enum Status {
        PAST, CURRENT, UPCOMING
    }

    static SchemeVersionResponse of(PublishedSchemeVersion published, Status status, boolean showPublisher) {
        SchemeVersion v = published.version();
        return new SchemeVersionResponse(v.scheme(), v.label(), v.effectiveFrom(), status,
                SchemeParametersResponse.of(v.parameters()), published.source(), showPublisher ? published.publishedBy() : null,
                published.publishedAt());
    }
}
