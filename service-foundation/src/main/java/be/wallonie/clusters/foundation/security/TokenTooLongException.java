package be.wallonie.clusters.foundation.security;

import io.smallrye.jwt.auth.principal.ParseException;

/** A bearer token longer than the services accept; its text is never part of the message. */
public class TokenTooLongException extends ParseException {

    private final int maxLength;

    public TokenTooLongException(int maxLength) {
        super("bearer token longer than " + maxLength + " characters");
        this.maxLength = maxLength;
    }

    public int maxLength() {
        return maxLength;
    }
}
