package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.foundation.problem.ProblemException;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.security.CurrentUser;
import be.wallonie.clusters.foundation.security.Roles;
import be.wallonie.clusters.funding.application.port.in.FundingFileReader;
import be.wallonie.clusters.funding.application.port.in.GetFundingFileQuery;
import be.wallonie.clusters.funding.application.port.in.PaymentsQuery;
import be.wallonie.clusters.funding.domain.file.ComputedSchedule;
import be.wallonie.clusters.funding.domain.file.FundingFile;
import be.wallonie.clusters.funding.domain.payment.PaymentLedger;
import be.wallonie.clusters.funding.domain.scheme.SchemeCode;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/funding-files")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Funding files", description = "A cluster's funding file, built from the registry's events, and its schedules")
@SecurityRequirement(name = "SecurityScheme")
public class FundingFileResource {

    static final ProblemType FILE_NOT_FOUND = new ProblemType("funding-file-not-found", 404,
            LocalizedText.of("Dossier de financement introuvable", "Funding file not found"));

    private final GetFundingFileQuery files;
    private final PaymentsQuery payments;
    private final CurrentUser user;

    FundingFileResource(GetFundingFileQuery files, PaymentsQuery payments, CurrentUser user) {
        this.files = files;
        this.payments = payments;
        this.user = user;
    }

    @Schema(name = "FundingFile", description = "What a cluster's co-funding is computed from, and its current schedules")
    public record FundingFileResponse(UUID dossierId, String clusterName, BeneficiaryResponse beneficiary,
            @Schema(example = "CLUSTER_ANIMATOR") SchemeCode agrementScheme, List<PeriodResponse> agrementPeriods,
            PreparationResponse preparationSupport,
            @Schema(example = "200000.00", description = "The animateur post's eligible yearly cost (latest agrément)")
            String animatorYearlyCost,
            @Schema(description = "Eligible costs declared per budget year") Map<Integer, String> declaredCosts,
            @Schema(description = "COMPETITIVENESS_POLE: the projects the Region approved, which fund the pole")
            List<PoleProjectResponse> poleProjects,
            @Schema(description = "The latest version of each schedule, with what the Region paid on it") List<ScheduleResponse> currentSchedules,
            @Schema(description = "The lines of every schedule paid beyond what its current version grants: what to recover, "
                    + "and why (a later version lowered or dropped the line); empty when none") List<ScheduleResponse.OverpaidLine> overpaidLines) {
    }

    @Schema(name = "ApprovedPoleProject", description = "A project the Region approved for a competitiveness pole")
    public record PoleProjectResponse(UUID id, @Schema(example = "R_AND_D", enumeration = {"R_AND_D", "TRAINING", "INVESTMENT"})
            String kind, @Schema(example = "Capteurs pour l'agro-industrie") String title,
            @Schema(example = "2026", description = "The yearly call that selected it") int callYear,
            @Schema(example = "2026-01-01") LocalDate startDate, @Schema(example = "2027-12-31") LocalDate endDate,
            @Schema(example = "600000.00") String budget, @Schema(example = "200000.00") String privateContributions) {
    }

    @Schema(name = "Beneficiary")
    public record BeneficiaryResponse(UUID organisationId, @Schema(example = "0403.170.701") String enterpriseNumber, String name) {
    }

    @Schema(name = "AgrementPeriod")
    public record PeriodResponse(UUID agrementId, int number, LocalDate start, LocalDate end, boolean expired) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PreparationSupport")
    public record PreparationResponse(UUID supportId, LocalDate start,
            @Schema(description = "Last day asked for (the scheme's time limit may cut it shorter)") LocalDate end,
            String yearlyCost,
            @Schema(example = "2026-08-31", description = "Set when the support ended early: its last funded day") LocalDate endedOn,
            @Schema(example = "AGREMENT_STARTS", enumeration = {"AGREMENT_STARTS", "DOSSIER_REJECTED", "DOSSIER_WITHDRAWN"},
                    description = "Why it ended early") String endReason) {
    }

    static final String ACCESS = "Roles: FUNDING_READER, REGION, CELLULE (every file); APPLICANT for the files of its own "
            + "organisation only — the token's `org` claim (the enterprise number, as the registry reads it, or the registry's "
            + "organisation id) names the file's beneficiary (the animateur's employer, a grape's or pole's beneficiary) or, "
            + "by id, a member of its core group. Another cluster's file is a 404, as if it did not exist; an applicant token "
            + "without `org` is a 403.";

    @GET
    @Path("/{dossierId}")
    @RolesAllowed({Roles.FUNDING_READER, Roles.REGION, Roles.CELLULE, Roles.APPLICANT})
    @Operation(operationId = "getFundingFile", summary = "Read a cluster's funding file", description = ACCESS + " "
            + "The agrément periods, preparation support and declared costs received from the registry, the latest "
            + "version of each schedule with what the Region paid on it (`paid` / `remaining` / `overpaid` per line, per budget "
            + "year and in all), and the lines paid beyond what their current version grants (`overpaidLines`).")
    @APIResponse(responseCode = "200", description = "The funding file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FundingFileResponse.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or an applicant token that names no organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No funding file for this dossier that the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FundingFileResponse read(@PathParam("dossierId") UUID dossierId) {
        FundingFile f = visibleFile(files, user, dossierId);
        Map<SchemeCode, PaymentLedger> ledgers = payments.ledgers(dossierId);
        Map<SchemeCode, ComputedSchedule> current = files.schedulesOf(dossierId).stream()
                .collect(Collectors.toMap(ComputedSchedule::scheme, s -> s, (a, b) -> a.version() > b.version() ? a : b));
        return new FundingFileResponse(f.dossierId(), f.clusterName(),
                f.beneficiary() == null ? null : new BeneficiaryResponse(f.beneficiary().organisationId(),
                        f.beneficiary().enterpriseNumber(), f.beneficiary().name()),
                f.agrementScheme(),
                f.periods().stream().map(p -> new PeriodResponse(p.agrementId(), p.number(), p.start(), p.end(), p.expired())).toList(),
                f.preparation() == null ? null : new PreparationResponse(f.preparation().supportId(), f.preparation().start(),
                        f.preparation().end(), Amounts.money(f.preparation().yearlyCost()), f.preparation().endedOn(),
                        f.preparation().endReason() == null ? null : f.preparation().endReason().name()),
                Amounts.money(f.animatorYearlyCost()),
                f.declaredCosts().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Amounts.money(e.getValue()),
                        (a, b) -> b, java.util.TreeMap::new)),
                f.poleProjects().stream().map(p -> new PoleProjectResponse(p.id(), p.kind().name(), p.title(), p.callYear(), p.start(),
                        p.end(), Amounts.money(p.budget()), Amounts.money(p.privateContributions()))).toList(),
                current.values().stream().sorted(java.util.Comparator.comparing(ComputedSchedule::scheme))
                        .map(s -> ScheduleResponse.of(s, ledgerOf(ledgers, s))).toList(),
                ledgers.entrySet().stream().flatMap(e -> ScheduleResponse.OverpaidLine.of(e.getKey(), e.getValue()).stream()).toList());
    }

    /** The ledger of {@code s} when {@code s} is the current version it was built on. */
    static PaymentLedger ledgerOf(Map<SchemeCode, PaymentLedger> ledgers, ComputedSchedule s) {
        PaymentLedger ledger = ledgers.get(s.scheme());
        return ledger != null && ledger.current() != null && ledger.current().id().equals(s.id()) ? ledger : null;
    }

    @GET
    @Path("/{dossierId}/schedules")
    @RolesAllowed({Roles.FUNDING_READER, Roles.REGION, Roles.CELLULE, Roles.APPLICANT})
    @Operation(operationId = "listFundingScheduleVersions", summary = "Every kept version of a cluster's schedules", description = ACCESS + " "
            + "By scheme, oldest version first; each with the input that changed and the scheme version used, and on each "
            + "line that changed since the previous version, its `correction`. The latest version of each scheme also shows "
            + "what the Region paid on it (`payments`, and `paid` / `remaining` / `overpaid` on each line).")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleResponse[].class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or an applicant token that names no organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No funding file for this dossier that the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ScheduleResponse> schedules(@PathParam("dossierId") UUID dossierId) {
        visibleFile(files, user, dossierId);
        Map<SchemeCode, PaymentLedger> ledgers = payments.ledgers(dossierId);
        return files.schedulesOf(dossierId).stream().map(s -> ScheduleResponse.of(s, ledgerOf(ledgers, s))).toList();
    }

    /**
     * The file, if the caller may read it; a file it may not read is not found (its existence is not disclosed); an
     * applicant token that names no organisation is forbidden.
     */
    static FundingFile visibleFile(GetFundingFileQuery files, CurrentUser user, UUID dossierId) {
        FundingFileReader reader = reader(user);
        if (!reader.namesAnOrganisation()) {
            throw new ProblemException(ProblemType.FORBIDDEN, LocalizedText.of(
                    "Le jeton ne nomme pas l'organisation du demandeur (revendication « org »)",
                    "The token does not name the applicant's organisation (claim 'org')"));
        }
        return files.fundingFile(dossierId).filter(reader::maySee).orElseThrow(() -> new ProblemException(FILE_NOT_FOUND,
                LocalizedText.of("Aucun dossier de financement pour %s", "No funding file for %s").formatted(dossierId)));
    }

    private static FundingFileReader reader(CurrentUser user) {
        if (user.hasRole(Roles.FUNDING_READER) || user.hasRole(Roles.REGION) || user.hasRole(Roles.CELLULE)) {
            return FundingFileReader.ofEveryFile();
        }
        return FundingFileReader.applicant(user.organisation().orElse(null));
    }
}
