package be.wallonie.clusters.foundation.problem;

import be.wallonie.clusters.foundation.json.StorableText;
import be.wallonie.clusters.foundation.json.UnstorableTextException;
import be.wallonie.clusters.foundation.security.TokenTooLongException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error a service returns is an RFC 9457 problem: validation errors, unknown routes,
 * malformed JSON, security refusals, database constraint violations and unexpected failures.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(e.type(), e.detail(), e.fields(), e.code(), headers, uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<FieldProblem> fields = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
                .toList();
        String names = fields.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        return Problems.response(ProblemType.VALIDATION_FAILED,
                LocalizedText.of("Champs invalides : %s", "Invalid fields: %s").formatted(names), fields, null, headers, uri);
    }

    /** Outranks the built-in Jackson mappers, which answer in plain JSON. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return malformedJson(e, headers, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unparsable(com.fasterxml.jackson.core.JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return malformedJson(e, headers, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        List<FieldProblem> fields = List.of();
        if (e instanceof UnstorableTextException text && !text.getPath().isEmpty()) {
            // PostgreSQL refuses a NUL in text: refused here, the field named, before anything is stored
            String path = jsonPath(text.getPath());
            String character = "U+%04X".formatted(text.codePoint());
            LocalizedText why = StorableText.why(character);
            return Problems.response(ProblemType.VALIDATION_FAILED,
                    LocalizedText.of("Le champ %s contient un caractère interdit (%s)", "Field %s contains a forbidden character (%s)")
                            .formatted(path, character),
                    List.of(new FieldProblem(path, why.in(Problems.locale(headers)))), null, headers, uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = jsonPath(mapping.getPath());
            fields = List.of(new FieldProblem(path, ExpectedValue.of(mapping).in(Problems.locale(headers))));
            return Problems.response(ProblemType.MALFORMED_REQUEST,
                    LocalizedText.of("Valeur illisible pour le champ %s", "Unreadable value for field %s").formatted(path),
                    fields, null, headers, uri);
        }
        return Problems.response(ProblemType.MALFORMED_REQUEST,
                LocalizedText.of("Le corps de la requête n'est pas un JSON valide (ligne %d, colonne %d)",
                        "The request body is not valid JSON (line %d, column %d)")
                        .formatted(line(e), column(e)),
                fields, null, headers, uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response notFound(NotFoundException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ProblemType.NOT_FOUND,
                LocalizedText.of("Aucune ressource à l'adresse %s", "No resource at %s")
                        .formatted(uri == null ? "?" : uri.getRequestUri().getRawPath()),
                List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpHeaders headers, UriInfo uri) {
        Response r = Problems.response(ProblemType.METHOD_NOT_ALLOWED,
                LocalizedText.of("Méthodes permises : %s", "Allowed methods: %s").formatted(e.getResponse().getAllowedMethods()),
                List.of(), null, headers, uri);
        return Response.fromResponse(r).allow(e.getResponse().getAllowedMethods()).build();
    }

    @ServerExceptionMapper
    public Response notSupported(NotSupportedException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                LocalizedText.of("Envoyez du JSON (Content-Type: application/json)", "Send JSON (Content-Type: application/json)"),
                List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ProblemType.NOT_ACCEPTABLE,
                LocalizedText.of("Ce point d'accès répond en application/json", "This endpoint answers in application/json"),
                List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TokenTooLongException tooLong) {
                return unauthenticated(LocalizedText.of("Le jeton porteur dépasse %d caractères",
                        "The bearer token is longer than %d characters").formatted(tooLong.maxLength()), headers, uri);
            }
        }
        return unauthenticated(headers, uri);
    }

    private static Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        return unauthenticated(LocalizedText.of("Présentez un jeton porteur (Authorization: Bearer …) valide",
                "Present a valid bearer token (Authorization: Bearer …)"), headers, uri);
    }

    private static Response unauthenticated(LocalizedText detail, HttpHeaders headers, UriInfo uri) {
        Response r = Problems.response(ProblemType.UNAUTHORIZED, detail, List.of(), null, headers, uri);
        return Response.fromResponse(r).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN,
                LocalizedText.of("Votre rôle ne permet pas cette opération", "Your role does not allow this operation"),
                List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response staleEntity(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return Problems.response(ProblemType.CONFLICT,
                LocalizedText.of("La ressource a été modifiée par quelqu'un d'autre ; rechargez-la",
                        "The resource was modified by someone else; reload it"),
                List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response databaseConstraint(org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        String constraint = e.getConstraintName() == null ? "?" : e.getConstraintName();
        boolean unique = e.getKind() == ConstraintKind.UNIQUE;
        return Problems.response(ProblemType.CONFLICT,
                unique ? LocalizedText.of("Cette valeur existe déjà (%s)", "This value already exists (%s)").formatted(constraint)
                        : LocalizedText.of("Contrainte d'intégrité violée (%s)", "Integrity constraint violated (%s)").formatted(constraint),
                List.of(), constraint, headers, uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, headers, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        ProblemType type = status >= 500 ? ProblemType.INTERNAL_ERROR : ProblemType.HTTP_ERROR;
        String message = status >= 500 ? null : e.getMessage();
        return Problems.response(type, status,
                message == null ? null : LocalizedText.of(message, message), List.of(), null, headers, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, HttpHeaders headers, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return Problems.response(ProblemType.INTERNAL_ERROR,
                LocalizedText.of("Une erreur inattendue s'est produite ; elle a été journalisée",
                        "An unexpected error occurred; it has been logged"),
                List.of(), null, headers, uri);
    }

    /** {@code create.request.members[2].name} → {@code members[2].name}: drop method and parameter nodes. */
    static String fieldPath(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && sb.length() > 0) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(node.getName());
        }
        if (sb.length() == 0) {
            // a violation on a whole parameter (e.g. a missing body or query parameter)
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    return node.getName();
                }
            }
            return "body";
        }
        return sb.toString();
    }

    static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }
}
