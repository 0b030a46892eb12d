package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.funding.application.port.in.PaymentsQuery;
import be.wallonie.clusters.funding.application.port.in.ScheduleFeedQuery;
import be.wallonie.clusters.funding.application.port.in.ScheduleFeedQuery.CurrentSchedule;
import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.payment.Payment;
import be.wallonie.clusters.funding.domain.payment.PaymentLedger;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What regional IT systems read: the feed of changed schedules, commitments per budget year, exports. */
@Path("/api/v1")
@Tag(name = "Funding data for regional IT systems", description = "Incremental feed, commitments, CSV / JSON / 360Giving exports")
@SecurityRequirement(name = "SecurityScheme")
public class FundingDataResource {

    static final ProblemType BAD_CURSOR = new ProblemType("invalid-cursor", 400,
            LocalizedText.of("Curseur illisible", "Unreadable cursor"));

    static final int MAX_PAGE = 500;

    private final ScheduleFeedQuery feed;
    private final PaymentsQuery payments;
    private final Clock clock;
    private final ThreeSixtyGiving.Settings settings;

    FundingDataResource(ScheduleFeedQuery feed, PaymentsQuery payments, Clock clock, Config config,
            @ConfigProperty(name = "clusters.funding.threesixtygiving.grant-prefix") String prefix,
            @ConfigProperty(name = "clusters.funding.threesixtygiving.license") String license) {
        this.feed = feed;
        this.payments = payments;
        this.clock = clock;
        this.settings = settings(config, prefix, license);
    }

    static final String FUNDER = "clusters.funding.funder";

    /**
     * The funders: {@code clusters.funding.funder.{id,name,department}} is the Region's administration that pays every
     * scheme by default and publishes the package; {@code clusters.funding.funder.scheme.<SCHEME>=<key>} hands a scheme
     * to the funder {@code clusters.funding.funder.<key>.{id,name,department}} (id and name default to the Region's).
     */
    static ThreeSixtyGiving.Settings settings(Config config, String prefix, String license) {
        ThreeSixtyGiving.Funder regional = new ThreeSixtyGiving.Funder(config.getValue(FUNDER + ".id", String.class),
                config.getValue(FUNDER + ".name", String.class), config.getOptionalValue(FUNDER + ".department", String.class)
                        .orElse(null));
        Map<SchemeCode, ThreeSixtyGiving.Funder> funders = new EnumMap<>(SchemeCode.class);
        for (SchemeCode scheme : SchemeCode.values()) {
            config.getOptionalValue(FUNDER + ".scheme." + scheme.name(), String.class).map(String::strip).filter(k -> !k.isEmpty())
                    .ifPresent(key -> {
                        String at = FUNDER + "." + key;
                        funders.put(scheme, new ThreeSixtyGiving.Funder(
                                config.getOptionalValue(at + ".id", String.class).orElse(regional.id()),
                                config.getOptionalValue(at + ".name", String.class).orElse(regional.name()),
                                config.getOptionalValue(at + ".department", String.class).orElseThrow(() ->
                                        new IllegalStateException(FUNDER + ".scheme." + scheme.name() + " names funder '" + key
                                                + "', but " + at + ".department is not configured"))));
                    });
        }
        return new ThreeSixtyGiving.Settings(prefix, license, regional, funders);
    }

    @Schema(name = "ScheduleFeedPage", description = "Schedule versions stored after the cursor, in storage order")
    public record FeedPage(List<ScheduleResponse> items,
            @Schema(description = "Pass as updatedSince to read what comes next; the same cursor when nothing is new")
            String nextCursor,
            @Schema(description = "Whether more items wait after this page") boolean more) {
    }

    @Schema(name = "Commitment", description = "What the Region committed for one budget year and scheme (current schedules)")
    public record CommitmentResponse(@Schema(example = "2026") int budgetYear, @Schema(example = "CLUSTER_ANIMATOR") SchemeCode scheme,
            @Schema(example = "12") int clusters, @Schema(example = "1920000.00") String granted,
            @Schema(example = "EUR") String currency) {
    }

    @GET
    @Path("/schedule-feed")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FUNDING_READER, Roles.REGION})
    @Operation(operationId = "getScheduleFeed", summary = "Incremental feed of changed schedules", description = "Roles: FUNDING_READER, REGION. Every schedule "
            + "version stored after the cursor `updatedSince` (omit it to start from the beginning), oldest first. Keep "
            + "`nextCursor` and pass it on the next call. Guarantee: versions enter the feed in the order their transactions "
            + "commit, so a client that follows the cursors sees every version exactly once, without gaps, even while "
            + "schedules are being recomputed.")
    @APIResponse(responseCode = "200", description = "A page of the feed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedPage.class)))
    @APIResponse(responseCode = "400", description = "Unreadable cursor or limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeedPage scheduleFeed(@Parameter(description = "Cursor returned by the previous page") @QueryParam("updatedSince") String cursor,
            @Parameter(description = "At most this many items (1–500)") @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("limit doit être entre 1 et %d", "limit must be between 1 and %d").formatted(MAX_PAGE),
                    List.of(new FieldProblem("limit", "1..500")), null);
        }
        long after = position(cursor);
        List<ComputedSchedule> page = feed.scheduleVersionsAfter(after, limit + 1);
        boolean more = page.size() > limit;
        List<ComputedSchedule> items = more ? page.subList(0, limit) : page;
        long last = items.isEmpty() ? after : items.get(items.size() - 1).feedPosition();
        return new FeedPage(items.stream().map(ScheduleResponse::of).toList(), cursor(last), more);
    }

    @GET
    @Path("/commitments")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FUNDING_READER, Roles.REGION})
    @Operation(operationId = "listCommitments", summary = "Commitments per budget year and scheme", description = "Roles: FUNDING_READER, REGION. Sums of the "
            + "granted amounts of the current version of every schedule, per budget year and scheme, with the number of clusters.")
    @APIResponse(responseCode = "200", description = "The commitments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommitmentResponse[].class)))
    @APIResponse(responseCode = "400", description = "fromYear after toYear, or an unknown scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CommitmentResponse> commitments(@QueryParam("fromYear") @DefaultValue("1990") int fromYear,
            @QueryParam("toYear") @DefaultValue("2200") int toYear,
            @Parameter(schema = @Schema(implementation = SchemeCode.class)) @QueryParam("scheme") String scheme) {
        if (fromYear > toYear) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("fromYear (%d) est après toYear (%d)", "fromYear (%d) is after toYear (%d)").formatted(fromYear, toYear),
                    List.of(new FieldProblem("fromYear", "<= toYear")), null);
        }
        return feed.commitments(fromYear, toYear, scheme(scheme)).stream()
                .map(c -> new CommitmentResponse(c.budgetYear(), c.scheme(), c.clusters(), c.granted().toPlainString(), Amounts.CURRENCY))
                .toList();
    }

    @GET
    @Path("/exports/schedules")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.FUNDING_READER, Roles.REGION})
    @Operation(operationId = "exportSchedules", summary = "Export the current schedules (CSV or JSON)", description = "Roles: FUNDING_READER, REGION. "
            + "`Accept: text/csv` gives one row per schedule line with the columns " + ScheduleCsv.COLUMNS_DOC
            + " (`line_key`, `paid`, `remaining`, `overpaid`: what the Region paid on the line so far, a line cut in two by a "
            + "scheme version sharing its payments between its parts in date order); `separator=semicolon` and `decimal=comma` "
            + "suit Belgian spreadsheets. `Accept: application/json` gives the schedules whole, each with its `payments`.")
    @APIResponse(responseCode = "200", description = "The export",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleResponse[].class))})
    @APIResponse(responseCode = "400", description = "Unknown separator, decimal mark or scheme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportSchedules(@QueryParam("scheme") String scheme,
            @Parameter(description = "comma (default) or semicolon") @QueryParam("separator") @DefaultValue("comma") String separator,
            @Parameter(description = "point (default) or comma") @QueryParam("decimal") @DefaultValue("point") String decimal,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
        List<CurrentSchedule> current = feed.currentSchedules(scheme(scheme));
        Map<UUID, List<Payment>> paid = payments.paymentsOf(current.stream().map(c -> c.schedule().dossierId()).distinct().toList());
        Function<ComputedSchedule, PaymentLedger> ledger = s -> PaymentLedger.of(s.scheme(), s,
                paid.getOrDefault(s.dossierId(), List.of()));
        boolean csv = headers.getAcceptableMediaTypes().stream().anyMatch(m -> m.isCompatible(MediaType.valueOf("text/csv"))
                && !m.isWildcardType());
        if (!csv) {
            return Response.ok(current.stream().map(c -> ScheduleResponse.of(c.schedule(), ledger.apply(c.schedule()))).toList(),
                    MediaType.APPLICATION_JSON).build();
        }
        ScheduleCsv format = ScheduleCsv.of(separator, decimal);
        return Response.ok(format.write(current, ledger), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"schedules.csv\"").build();
    }

    @GET
    @Path("/exports/360giving")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FUNDING_READER, Roles.REGION})
    @Operation(operationId = "export360Giving", summary = "Export the current schedules as a 360Giving data package", description = "Roles: FUNDING_READER, "
            + "REGION. One grant per cluster and scheme: planned dates, amount awarded (the schedule's total), the beneficiary as "
            + "recipient (`BE-BCE_KBO-` + its enterprise number), the administration that pays the scheme as funder (technology "
            + "grapes: the research administration; the other schemes: the economy administration). Validates against the "
            + "360Giving package schema 1.4.")
    @APIResponse(responseCode = "200", description = "The package",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThreeSixtyGiving.Package.class)))
    public ThreeSixtyGiving.Package export360Giving(@QueryParam("scheme") String scheme) {
        return ThreeSixtyGiving.of(feed.currentSchedules(scheme(scheme)), settings, OffsetDateTime.now(clock));
    }

    private static Optional<SchemeCode> scheme(String scheme) {
        if (scheme == null || scheme.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SchemeCode.valueOf(scheme.strip()));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("Régime inconnu : %s", "Unknown scheme: %s").formatted(scheme),
                    List.of(new FieldProblem("scheme", Arrays.toString(SchemeCode.values()))), null);
        }
    }

    static String cursor(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("p" + position).getBytes(StandardCharsets.US_ASCII));
    }

    static long position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.US_ASCII);
            if (!text.startsWith("p")) {
                throw new IllegalArgumentException(text);
            }
            long position = Long.parseLong(text.substring(1));
            if (position < 0) {
                throw new IllegalArgumentException(text);
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw new ProblemException(BAD_CURSOR,
                    LocalizedText.of("Curseur illisible : %s", "Unreadable cursor: %s").formatted(cursor),
                    List.of(new FieldProblem("updatedSince", "a nextCursor returned by this endpoint")), null);
        }
    }
}
