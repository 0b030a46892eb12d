package be.wallonie.clusters.foundation.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/** Builds problem responses in the language the caller asked for (French unless English is preferred). */
public final class Problems {

    private Problems() {
    }

    /** Whether the caller asked for English (French is the default). */
    public static boolean english(HttpHeaders headers) {
        return locale(headers).equals(Locale.ENGLISH);
    }

    public static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            try {
                for (Locale l : headers.getAcceptableLanguages()) {
                    if ("en".equals(l.getLanguage())) {
                        return Locale.ENGLISH;
                    }
                    if ("fr".equals(l.getLanguage())) {
                        return Locale.FRENCH;
                    }
                }
            } catch (RuntimeException ignored) {
                // a malformed Accept-Language falls back to French
            }
        }
        return Locale.FRENCH;
    }

    public static Response response(ProblemType type, LocalizedText detail, List<FieldProblem> fields, String code,
            HttpHeaders headers, UriInfo uri) {
        return response(type, type.status(), detail, fields, code, headers, uri);
    }

    public static Response response(ProblemType type, int status, LocalizedText detail, List<FieldProblem> fields,
            String code, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        Problem problem = new Problem(type.uri().toString(), type.title().in(locale), status,
                detail == null ? null : detail.in(locale),
                uri == null ? null : uri.getRequestUri().getRawPath(), fields, code);
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .entity(problem)
                .build();
    }
}
