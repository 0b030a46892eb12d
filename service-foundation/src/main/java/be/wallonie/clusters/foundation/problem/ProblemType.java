package be.wallonie.clusters.foundation.problem;

import java.net.URI;

/**
 * A kind of problem, identified by a stable URI ({@code https://clusters.wallonie.be/problems/<slug>})
 * that clients may switch on; the title is for humans.
 */
public record ProblemType(String slug, int status, LocalizedText title) {

    public static final String BASE = "https://clusters.wallonie.be/problems/";

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public static final ProblemType VALIDATION_FAILED = new ProblemType("validation-failed", 400,
            LocalizedText.of("La requête contient des données invalides", "The request contains invalid data"));
    public static final ProblemType MALFORMED_REQUEST = new ProblemType("malformed-request", 400,
            LocalizedText.of("Le corps de la requête est illisible", "The request body cannot be read"));
    public static final ProblemType UNAUTHORIZED = new ProblemType("unauthorized", 401,
            LocalizedText.of("Authentification requise", "Authentication required"));
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", 403,
            LocalizedText.of("Accès refusé", "Access denied"));
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", 404,
            LocalizedText.of("Ressource introuvable", "Resource not found"));
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed", 405,
            LocalizedText.of("Méthode non permise", "Method not allowed"));
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", 406,
            LocalizedText.of("Format de réponse non disponible", "Response format not available"));
    public static final ProblemType CONFLICT = new ProblemType("conflict", 409,
            LocalizedText.of("Conflit avec l'état actuel de la ressource", "Conflict with the current state of the resource"));
    public static final ProblemType PRECONDITION_FAILED = new ProblemType("precondition-failed", 412,
            LocalizedText.of("La ressource a été modifiée entre-temps", "The resource was modified in the meantime"));
    public static final ProblemType PRECONDITION_REQUIRED = new ProblemType("precondition-required", 428,
            LocalizedText.of("En-tête If-Match requis", "If-Match header required"));
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type", 415,
            LocalizedText.of("Type de contenu non pris en charge", "Unsupported content type"));
    public static final ProblemType INTERNAL_ERROR = new ProblemType("internal-error", 500,
            LocalizedText.of("Erreur interne", "Internal error"));
    public static final ProblemType HTTP_ERROR = new ProblemType("http-error", 400,
            LocalizedText.of("Requête refusée", "Request refused"));
}
