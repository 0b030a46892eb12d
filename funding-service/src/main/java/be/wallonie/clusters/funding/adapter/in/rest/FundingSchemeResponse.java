package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.application.port.in.FundingSchemeView;
import be.wallonie.clusters.funding.domain.scheme.PublishedSchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FundingScheme", description = "A funding scheme and every version of its policy data, oldest first")
public record FundingSchemeResponse(
        @Schema(example = "CLUSTER_ANIMATOR") SchemeCode scheme,
        Name name,
        @Schema(example = "2025-06-30", description = "The day (Brussels) that decides which version is current") LocalDate asOf,
        @Schema(example = "defaults-1", description = "Label of the version in force today, null if none is") String currentVersion,
        List<SchemeVersionResponse> versions) {

    @Schema(name = "SchemeName")
    public record Name(
            @Schema(example = "cofinancement de l'animateur d'un cluster validé") String fr,
            @Schema(example = "animator co-funding of a validated cluster") String en) {

        static Name of(SchemeCode scheme) {
            return new Name(scheme.french(), scheme.english());
        }
    }

    static FundingSchemeResponse of(FundingSchemeView view, boolean showPublisher) {
        Optional<PublishedSchemeVersion> current = view.current();
        List<SchemeVersionResponse> versions = view.versions().stream()
                .map(v -> SchemeVersionResponse.of(v, status(view, v), showPublisher)).toList();
        return new FundingSchemeResponse(view.scheme(), Name.of(view.scheme()), view.asOf(),
                current.map(PublishedSchemeVersion::label).orElse(null), versions);
    }

    static SchemeVersionResponse.Status status(FundingSchemeView view, PublishedSchemeVersion version) {
        if (view.current().filter(c -> c.label().equals(version.label())).isPresent()) {
            return SchemeVersionResponse.Status.CURRENT;
        }
        return version.version().inForceOn(view.asOf()) ? SchemeVersionResponse.Status.PAST : SchemeVersionResponse.Status.UPCOMING;
    }
}
