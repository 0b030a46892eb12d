package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.funding.application.port.in.FundingSchemeView;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FundingSchemeList", description = "The four Walloon funding schemes (domain.md §5), each with its current "
        + "version. Not paginated: the schemes are a closed list.")
public record FundingSchemeListResponse(
        @Schema(example = "2025-06-30", description = "The day (Brussels) that decides which version is current") LocalDate asOf,
        List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FundingSchemeSummary")
    public record Item(
            @Schema(example = "CLUSTER_ANIMATOR") SchemeCode scheme,
            FundingSchemeResponse.Name name,
            @Schema(description = "The version in force today") SchemeVersionResponse currentVersion,
            @Schema(description = "The next version already published, not yet in force, if any") SchemeVersionResponse nextVersion,
            @Schema(example = "1", description = "How many versions were published") int versionCount,
            @Schema(example = "/api/v1/funding-schemes/CLUSTER_ANIMATOR", description = "Every version of the scheme") String href) {
    }

    static FundingSchemeListResponse of(List<FundingSchemeView> views, LocalDate asOf, boolean showPublisher) {
        return new FundingSchemeListResponse(asOf, views.stream().map(v -> new Item(v.scheme(), FundingSchemeResponse.Name.of(v.scheme()),
                v.current().map(c -> SchemeVersionResponse.of(c, SchemeVersionResponse.Status.CURRENT, showPublisher)).orElse(null),
                v.next().map(n -> SchemeVersionResponse.of(n, SchemeVersionResponse.Status.UPCOMING, showPublisher)).orElse(null),
                v.versions().size(), FundingSchemeResource.PATH + "/" + v.scheme().name())).toList());
    }
}
