package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.application.port.in.PublishSchemeVersionCommand;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishSchemeVersionRequest", description = "A new version of a scheme's policy data")
public record PublishSchemeVersionRequest(
        @Schema(required = true, example = "2026-1", pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$",
                description = "Unique per scheme") String label,
        @Schema(required = true, example = "2026-01-01", description = "Agrément periods and supports starting on or after "
                + "this day are governed by the version (until the next one). Today (Brussels) or later, and after the scheme's "
                + "latest version") LocalDate effectiveFrom,
        @Schema(required = true) SchemeParametersRequest parameters,
        @Schema(maxLength = 1000, example = "Décision du Gouvernement wallon relative au cofinancement des animateurs de clusters",
                description = "What the figures rest on") String source,
        @Schema(example = "2026-07-01", description = "Optional. The version also prices the periods already running on "
                + "its effective date, from this day on (on or after `effectiveFrom`): their lines from this day are priced "
                + "by it, earlier lines keep their version. Omitted: running periods keep the version in force when they "
                + "started.") LocalDate appliesToRunningPeriodsFrom) {

    PublishSchemeVersionCommand toCommand(SchemeCode scheme, String publishedBy) {
        return new PublishSchemeVersionCommand(scheme, label, effectiveFrom, parameters == null ? null : parameters.toInput(),
                source, publishedBy, appliesToRunningPeriodsFrom);
    }
}
