package be.wallonie.clusters.foundation.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a field expects, said to the caller in their language when a JSON value cannot be read — instead of Jackson's
 * own text, which names Java types ("Cannot deserialize value of type `java.lang.Integer`…").
 */
final class ExpectedValue {

    private ExpectedValue() {
    }

    static LocalizedText of(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type == null) {
            return LocalizedText.of("valeur illisible", "unreadable value");
        }
        if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            return LocalizedText.of("une de ces valeurs est attendue : %s", "one of these values is expected: %s").formatted(values);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                || type == short.class) {
            return LocalizedText.of("un nombre entier est attendu (p. ex. 12)", "a whole number is expected (e.g. 12)");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return LocalizedText.of("un nombre est attendu, avec un point décimal (p. ex. 1250.50)",
                    "a number is expected, with a decimal point (e.g. 1250.50)");
        }
        if (type == Boolean.class || type == boolean.class) {
            return LocalizedText.of("true ou false est attendu", "true or false is expected");
        }
        if (type == LocalDate.class) {
            return LocalizedText.of("une date existante AAAA-MM-JJ est attendue (p. ex. 2027-01-31)",
                    "an existing date YYYY-MM-DD is expected (e.g. 2027-01-31)");
        }
        if (type == OffsetDateTime.class || Temporal.class.isAssignableFrom(type)) {
            return LocalizedText.of("un horodatage ISO 8601 est attendu (p. ex. 2027-01-31T10:00:00Z)",
                    "an ISO 8601 timestamp is expected (e.g. 2027-01-31T10:00:00Z)");
        }
        if (type == UUID.class) {
            return LocalizedText.of("un identifiant UUID est attendu", "a UUID identifier is expected");
        }
        if (type == String.class) {
            return LocalizedText.of("un texte est attendu", "a text is expected");
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return LocalizedText.of("une liste est attendue", "a list is expected");
        }
        if (Map.class.isAssignableFrom(type)) {
            return LocalizedText.of("un objet JSON est attendu", "a JSON object is expected");
        }
        return LocalizedText.of("un objet JSON de la forme documentée est attendu", "a JSON object of the documented shape is expected");
    }
}
