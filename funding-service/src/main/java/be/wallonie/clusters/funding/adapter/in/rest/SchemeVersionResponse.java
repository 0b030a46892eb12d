package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SchemeVersion", description = "One version of a scheme's policy data. It governs the agrément periods "
        + "(and supports) that start from `effectiveFrom` until the next version takes effect, to their end; it prices periods "
        + "already running only from `appliesToRunningPeriodsFrom`, when set")
public record SchemeVersionResponse(
        @Schema(example = "CLUSTER_ANIMATOR") SchemeCode scheme,
        @Schema(example = "defaults-1") String label,
        @Schema(example = "2000-01-01") LocalDate effectiveFrom,
        @Schema(example = "2026-07-01", description = "Set when the version also prices periods already running on its "
                + "effective date: their lines from this day on. Absent: only periods starting from `effectiveFrom`")
        LocalDate appliesToRunningPeriodsFrom,
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
        return new SchemeVersionResponse(v.scheme(), v.label(), v.effectiveFrom(), v.runningPeriodsFrom(), status,
                SchemeParametersResponse.of(v.parameters()), published.source(), showPublisher ? published.publishedBy() : null,
                published.publishedAt());
    }
}
