package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.funding.application.port.in.GetFundingFileQuery;
import be.wallonie.clusters.funding.application.port.in.PaymentsQuery;
import be.wallonie.clusters.funding.application.port.in.RecordPaymentCommand;
import be.wallonie.clusters.funding.application.port.in.RecordPaymentUseCase;
import be.wallonie.clusters.funding.domain.money.Money;
import be.wallonie.clusters.funding.domain.payment.Payment;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The payments the Region makes against the lines of a cluster's schedules (issue #14 §9). */
@Path("/api/v1/funding-files/{dossierId}/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "What the Region paid against a funding file's schedule lines")
@SecurityRequirement(name = "SecurityScheme")
public class PaymentResource {

    static final ProblemType PAYMENT_NOT_FOUND = new ProblemType("payment-not-found", 404,
            LocalizedText.of("Paiement introuvable", "Payment not found"));
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    static final String EXAMPLE = """
            {"scheme": "CLUSTER_ANIMATOR", "lineKey": "1/2/2027", "amount": "20000.00", "paidOn": "2027-06-30",
             "reference": "SPW-2027-000123"}""";

    private final RecordPaymentUseCase record;
    private final PaymentsQuery payments;
    private final GetFundingFileQuery files;
    private final CurrentUser user;

    PaymentResource(RecordPaymentUseCase record, PaymentsQuery payments, GetFundingFileQuery files, CurrentUser user) {
        this.record = record;
        this.payments = payments;
        this.files = files;
        this.user = user;
    }

    @Schema(name = "PaymentRequest", description = "A payment (or a reversal) the Region made against one schedule line")
    public record PaymentRequest(
            @Schema(example = "CLUSTER_ANIMATOR", description = "The schedule paid; may be omitted when the file has one schedule")
            String scheme,
            @Schema(required = true, example = "1/2/2027", pattern = "^[1-9][0-9]*/[1-9][0-9]*/[0-9]{4}$",
                    description = "`{period}/{agrementYear}/{budgetYear}` of a line of the schedule's current version "
                            + "(`lines[].lineKey`)") String lineKey,
            @Schema(required = true, example = "20000.00", type = SchemaType.STRING, description = "Euros, at most 2 decimals, "
                    + "not zero; negative for a reversal or a recovery") BigDecimal amount,
            @Schema(required = true, example = "2027-06-30", description = "The day paid: today (Brussels) or earlier")
            LocalDate paidOn,
            @Schema(required = true, example = "SPW-2027-000123", maxLength = 100, description = "The Region's payment "
                    + "reference, unique per funding file: the same reference with the same content is the same payment")
            String reference) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Payment", description = "A payment the Region made (or reversed) against one schedule line")
    public record PaymentResponse(UUID id, UUID dossierId, @Schema(example = "CLUSTER_ANIMATOR") SchemeCode scheme,
            @Schema(example = "1/2/2027") String lineKey, @Schema(example = "1") int period,
            @Schema(example = "2") int agrementYear, @Schema(example = "2027") int budgetYear,
            @Schema(example = "20000.00", description = "Negative for a reversal") String amount,
            @Schema(example = "EUR") String currency, @Schema(example = "2027-06-30") LocalDate paidOn,
            @Schema(example = "SPW-2027-000123") String reference,
            @Schema(example = "3", description = "The version of the schedule the payment was recorded against") int scheduleVersion,
            @Schema(description = "Who recorded it (shown to REGION and CELLULE only)") String recordedBy, Instant recordedAt) {

        static PaymentResponse of(Payment p, boolean showRecorder) {
            return new PaymentResponse(p.id(), p.dossierId(), p.scheme(), p.line().toString(), p.line().period(),
                    p.line().agrementYear(), p.line().budgetYear(), Amounts.money(p.amount()), Money.CURRENCY, p.paidOn(),
                    p.reference(), p.scheduleVersion(), showRecorder ? p.recordedBy() : null, p.recordedAt());
        }
    }

    @Schema(name = "PaymentPage")
    public record PaymentPageResponse(List<PaymentResponse> items, int page, int size, long total) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REGION)
    @Operation(operationId = "recordPayment", summary = "Record a payment against a schedule line", description = "Role: REGION "
            + "(FUNDING_READER reads only). The line must be in the schedule's current version, and the sum paid on it never "
            + "exceeds what that version grants; a reversal (negative amount) never takes it below zero, and may recover what "
            + "was paid on a line a later version dropped. Refused with the figures (409 `payment-refused`: `granted`, "
            + "`alreadyPaid`, `asked`). The reference is unique per funding file: the same reference with the same content "
            + "answers the payment already recorded (200, nothing new, no event); another content under it is a 409 "
            + "`payment-reference-conflict`. Published as PaymentRecorded in the same transaction.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentRequest.class),
            examples = @ExampleObject(name = "animateur-2027", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location", description = "The payment"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "200", description = "The same reference with the same content: the payment already recorded",
            headers = @Header(name = "Location", description = "The payment"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "400", description = "Every offending field (a day in the future, an amount with more than 2 "
            + "decimals or zero, an unreadable line key, the scheme missing when the file has several schedules)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only the Region records payments",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No funding file for this dossier",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "`payment-refused` (code `LINE_NOT_IN_SCHEDULE`, `EXCEEDS_GRANTED` or "
            + "`BELOW_ZERO`, with `lineKey`, `granted`, `alreadyPaid`, `asked`), or `payment-reference-conflict` (code "
            + "`REFERENCE_TAKEN`, with `existingPaymentId`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = FundingProblemMappers.PaymentProblem.class)))
    public Response recordPayment(@PathParam("dossierId") UUID dossierId, @NotNull PaymentRequest r, @Context UriInfo uri) {
        RecordPaymentUseCase.RecordedPayment recorded = record.recordPayment(RecordPaymentCommand.of(dossierId, r.scheme(),
                r.lineKey(), r.amount(), r.paidOn(), r.reference(), user.id()));
        URI location = uri.getBaseUriBuilder().path(PaymentResource.class).path(recorded.payment().id().toString()).build(dossierId);
        return Response.status(recorded.created() ? Response.Status.CREATED : Response.Status.OK).location(location)
                .entity(PaymentResponse.of(recorded.payment(), showRecorder())).build();
    }

    @GET
    @RolesAllowed({Roles.FUNDING_READER, Roles.REGION, Roles.CELLULE, Roles.APPLICANT})
    @Operation(operationId = "listPayments", summary = "The payments of a funding file", description = FundingFileResource.ACCESS
            + " In the order they were recorded; `page` is 0-based, `size` 1 to 100 (default 20). What they leave to pay is "
            + "shown on the schedules (`payments`, and `paid` / `remaining` / `overpaid` on each line).")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentPageResponse.class)))
    @APIResponse(responseCode = "400", description = "Page out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or an applicant token that names no organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No funding file for this dossier that the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentPageResponse listPayments(@PathParam("dossierId") UUID dossierId,
            @Parameter(description = "0-based page number", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Items per page", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                    defaultValue = "20")) @QueryParam("size") String size) {
        int p = intParam("page", page, 0, 0, 1_000_000);
        int s = intParam("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        FundingFileResource.visibleFile(files, user, dossierId);
        PaymentsQuery.PaymentPage found = payments.payments(dossierId, p, s);
        boolean show = showRecorder();
        return new PaymentPageResponse(found.items().stream().map(x -> PaymentResponse.of(x, show)).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("/{paymentId}")
    @RolesAllowed({Roles.FUNDING_READER, Roles.REGION, Roles.CELLULE, Roles.APPLICANT})
    @Operation(operationId = "getPayment", summary = "One payment of a funding file", description = FundingFileResource.ACCESS)
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentResponse.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or an applicant token that names no organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such payment in a funding file the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentResponse readPayment(@PathParam("dossierId") UUID dossierId, @PathParam("paymentId") UUID paymentId) {
        FundingFileResource.visibleFile(files, user, dossierId);
        return payments.payment(dossierId, paymentId).map(p -> PaymentResponse.of(p, showRecorder()))
                .orElseThrow(() -> new ProblemException(PAYMENT_NOT_FOUND, LocalizedText.of("Aucun paiement %s dans le dossier %s",
                        "No payment %s in file %s").formatted(paymentId, dossierId)));
    }

    private boolean showRecorder() {
        return user.hasRole(Roles.REGION) || user.hasRole(Roles.CELLULE);
    }

    private static int intParam(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ProblemException(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("%s : nombre entier de %d à %d attendu", "%s: whole number from %d to %d expected")
                        .formatted(name, min, max),
                List.of(new FieldProblem(name, min + ".." + max)), null);
    }
}
