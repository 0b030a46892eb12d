package be.wallonie.clusters.foundation.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON string that no service may store: a NUL character (PostgreSQL refuses the byte in text), another control
 * character than tab, line feed and carriage return, or half of a surrogate pair (not a character at all). Mapped to a
 * 400 problem naming the field, in the caller's language ({@code ProblemMappers}).
 */
public final class UnstorableTextException extends InvalidFormatException {

    private final int codePoint;

    UnstorableTextException(JsonParser parser, String value, int codePoint) {
        super(parser, "text with a forbidden character U+%04X".formatted(codePoint), value, String.class);
        this.codePoint = codePoint;
    }

    /** The offending character, e.g. {@code 0x0000}. */
    public int codePoint() {
        return codePoint;
    }
}
