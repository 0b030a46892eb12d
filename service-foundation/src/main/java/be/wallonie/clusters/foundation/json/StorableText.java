package be.wallonie.clusters.foundation.json;

import be.wallonie.clusters.foundation.problem.LocalizedText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.OptionalInt;

/**
 * Every JSON string a service reads is text it can store and show: a request whose string holds a NUL, another C0
 * control character than tab, line feed and carriage return, or an unpaired surrogate is refused as malformed (400,
 * the field named) instead of reaching PostgreSQL, which refuses a NUL in text with an internal error.
 */
public final class StorableText {

    private StorableText() {
    }

    /** The first character that makes {@code text} unstorable, if any. */
    public static OptionalInt forbiddenCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return OptionalInt.of(c);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return OptionalInt.of(c);
            }
            if (Character.isLowSurrogate(c)) {
                return OptionalInt.of(c);
            }
        }
        return OptionalInt.empty();
    }

    /** What is wrong with a text holding {@code character} (e.g. {@code U+0000}), as a field's problem says it. */
    public static LocalizedText why(String character) {
        return LocalizedText.of(
                "contient un caractère interdit (%s) : un caractère de contrôle ou une moitié de paire de substitution",
                "contains a forbidden character (%s): a control character or half of a surrogate pair").formatted(character);
    }

    /** The Jackson module that applies the rule to every {@code String} read. */
    public static SimpleModule module() {
        return new SimpleModule("storable-text").addDeserializer(String.class, new Deserializer());
    }

    static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null) {
                OptionalInt bad = forbiddenCharacter(value);
                if (bad.isPresent()) {
                    throw new UnstorableTextException(p, value, bad.getAsInt());
                }
            }
            return value;
        }
    }
}
