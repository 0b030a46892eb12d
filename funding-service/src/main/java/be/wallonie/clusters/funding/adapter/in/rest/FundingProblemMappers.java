package be.wallonie.clusters.funding.adapter.in.rest;

import be.wallonie.clusters.foundation.problem.FieldProblem;
import be.wallonie.clusters.foundation.problem.LocalizedText;
import be.wallonie.clusters.foundation.problem.ProblemType;
import be.wallonie.clusters.foundation.problem.Problems;
import be.wallonie.clusters.foundation.problem.Problem;
import be.wallonie.clusters.funding.application.port.in.InvalidCommandException;
import be.wallonie.clusters.funding.application.port.in.PaymentReferenceConflictException;
import be.wallonie.clusters.funding.application.port.in.UnknownFundingFileException;
import be.wallonie.clusters.funding.domain.payment.Payment;
import be.wallonie.clusters.funding.domain.payment.PaymentRefusedException;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersion;
import be.wallonie.clusters.funding.domain.scheme.SchemeVersionRefusedException;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The funding rules' refusals as problem details, in the caller's language. */
public class FundingProblemMappers {

    static final ProblemType SCHEME_VERSION_CONFLICT = new ProblemType("scheme-version-conflict", 409,
            LocalizedText.of("Conflit avec les versions publiées du régime", "Conflict with the scheme's published versions"));
    static final ProblemType PAYMENT_REFUSED = new ProblemType("payment-refused", 409,
            LocalizedText.of("Paiement refusé", "Payment refused"));
    static final ProblemType PAYMENT_REFERENCE_CONFLICT = new ProblemType("payment-reference-conflict", 409,
            LocalizedText.of("Référence de paiement déjà utilisée", "Payment reference already used"));

    /** A payment problem: RFC 9457 members, and the figures of the line (extension members). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PaymentProblem", description = "RFC 9457 problem details of a refused payment, with the line's figures")
    public record PaymentProblem(String type, String title, int status, String detail, String instance,
            @Schema(example = "EXCEEDS_GRANTED", enumeration = {"LINE_NOT_IN_SCHEDULE", "EXCEEDS_GRANTED", "BELOW_ZERO",
                    "REFERENCE_TAKEN"}) String code,
            @Schema(example = "1/2/2027") String lineKey,
            @Schema(example = "40182.65", description = "What the schedule's current version grants on the line") String granted,
            @Schema(example = "40182.65", description = "The sum already paid on the line") String alreadyPaid,
            @Schema(example = "0.01", description = "The amount asked") String asked,
            @Schema(description = "REFERENCE_TAKEN: the payment the reference names") UUID existingPaymentId) {
    }

    @ServerExceptionMapper
    public Response invalid(InvalidCommandException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        List<FieldProblem> fields = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), LocalizedText.of(v.fr(), v.en()).in(locale)))
                .toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Champs invalides : %s", "Invalid fields: %s").formatted(names), fields, null, headers, uri);
    }

    @ServerExceptionMapper
    public Response refused(SchemeVersionRefusedException e, HttpHeaders headers, UriInfo uri) {
        SchemeVersion refused = e.refused();
        SchemeVersion other = e.inTheWay().orElse(null);
        String code = e.reason().name();
        return switch (e.reason()) {
            case LABEL_TAKEN -> Problems.response(SCHEME_VERSION_CONFLICT,
                    LocalizedText.of("Le régime %s a déjà une version « %s » (en vigueur à partir du %s) ; une version publiée "
                                    + "ne change jamais : choisissez un autre libellé",
                            "Scheme %s already has a version '%s' (in force from %s); a published version never changes: "
                                    + "choose another label")
                            .formatted(refused.scheme(), refused.label(), other.effectiveFrom()),
                    List.of(new FieldProblem("label", LocalizedText.of("libellé déjà utilisé", "label already used")
                            .in(Problems.locale(headers)))), code, headers, uri);
            case EFFECTIVE_DATE_IN_THE_PAST -> Problems.response(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("La date d'effet %s est passée (nous sommes le %s) : une nouvelle version ne peut pas "
                                    + "réécrire ce qui a déjà été calculé",
                            "The effective date %s is in the past (today is %s): a new version may not rewrite what was "
                                    + "already computed")
                            .formatted(refused.effectiveFrom(), e.today()),
                    List.of(new FieldProblem("effectiveFrom",
                            LocalizedText.of("aujourd'hui (%s) ou plus tard", "today (%s) or later").formatted(e.today())
                                    .in(Problems.locale(headers)))),
                    code, headers, uri);
            case NOT_AFTER_LATEST_VERSION -> Problems.response(SCHEME_VERSION_CONFLICT,
                    LocalizedText.of("La dernière version du régime %s, « %s », s'applique à partir du %s : une nouvelle version "
                                    + "doit s'appliquer après cette date, pas le %s",
                            "The latest version of scheme %s, '%s', applies from %s: a new version must apply after that date, "
                                    + "not on %s")
                            .formatted(refused.scheme(), other.label(), other.effectiveFrom(), refused.effectiveFrom()),
                    List.of(new FieldProblem("effectiveFrom",
                            LocalizedText.of("après le %s", "after %s").formatted(other.effectiveFrom()).in(Problems.locale(headers)))),
                    "EFFECTIVE_DATE_NOT_AFTER_LATEST_VERSION", headers, uri);
        };
    }

    @ServerExceptionMapper
    public Response unknownFile(UnknownFundingFileException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(FundingFileResource.FILE_NOT_FOUND,
                LocalizedText.of("Aucun dossier de financement pour %s", "No funding file for %s").formatted(e.dossierId()), List.of(),
                null, headers, uri);
    }

    @ServerExceptionMapper
    public Response paymentRefused(PaymentRefusedException e, HttpHeaders headers, UriInfo uri) {
        String g = e.granted().toString();
        String paid = e.alreadyPaid().toString();
        String asked = e.asked().toString();
        LocalizedText detail = switch (e.reason()) {
            case LINE_NOT_IN_SCHEDULE -> LocalizedText.of("La ligne %s n'est pas dans la version courante du calendrier (accordé %s, "
                    + "déjà payé %s, demandé %s)", "Line %s is not in the schedule's current version (granted %s, already paid %s, "
                    + "asked %s)");
            case EXCEEDS_GRANTED -> LocalizedText.of("Sur la ligne %s, le calendrier accorde %s et %s ont déjà été payés : %s "
                    + "dépasserait l'octroi", "On line %s the schedule grants %s and %s was already paid: %s would exceed the grant");
            case BELOW_ZERO -> LocalizedText.of("Sur la ligne %s (accordé %s), %s ont été payés : une extourne de %s passerait sous "
                    + "zéro", "On line %s (granted %s), %s was paid: a reversal of %s would go below zero");
        };
        return payment(PAYMENT_REFUSED, detail.formatted(e.line(), g, paid, asked), e.reason().name(), e.line().toString(), g, paid,
                asked, null, headers, uri);
    }

    @ServerExceptionMapper
    public Response referenceTaken(PaymentReferenceConflictException e, HttpHeaders headers, UriInfo uri) {
        Payment p = e.existing();
        return payment(PAYMENT_REFERENCE_CONFLICT, LocalizedText.of("La référence « %s » désigne déjà un autre paiement de ce "
                + "dossier (%s € sur la ligne %s, payé le %s) : un autre contenu sous la même référence est refusé",
                "Reference '%s' already names another payment of this file (€%s on line %s, paid on %s): another content under "
                        + "the same reference is refused").formatted(p.reference(), p.amount(), p.line(), p.paidOn()),
                "REFERENCE_TAKEN", null, null, null, null, p.id(), headers, uri);
    }

    private static Response payment(ProblemType type, LocalizedText detail, String code, String line, String granted, String paid,
            String asked, UUID existing, HttpHeaders headers, UriInfo uri) {
        Locale locale = Problems.locale(headers);
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(new PaymentProblem(type.uri().toString(), type.title().in(locale), type.status(), detail.in(locale),
                        uri == null ? null : uri.getRequestUri().getRawPath(), code, line, granted, paid, asked, existing))
                .build();
    }
}
