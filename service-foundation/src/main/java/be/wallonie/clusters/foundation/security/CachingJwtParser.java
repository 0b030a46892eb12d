package be.wallonie.clusters.foundation.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The JWT parser of the three services: SmallRye JWT's own ({@link DefaultJWTParser}, which the bearer-token
 * identity provider of quarkus-smallrye-jwt calls once per request), behind two guards.
 *
 * <ul>
 *   <li>A token longer than {@code clusters.security.token.max-length} characters is refused before it is
 *       decoded ({@link TokenTooLongException}, a 401 problem saying so).</li>
 *   <li>A token verified with the configured key, issuer and audience is remembered in a
 *       {@link VerifiedTokenCache} ({@code clusters.security.token-cache.*}) and not verified again until it
 *       expires (at the latest {@code max-age} after its verification).</li>
 *   <li>A token whose {@code iat} lies in the future beyond {@code mp.jwt.verify.clock.skew} is refused (SmallRye JWT
 *       checks {@code exp} and {@code nbf}, not that).</li>
 * </ul>
 *
 * Only {@link #parse(String)}, the verification against the service's own configuration, is cached; the methods
 * that take another key or context always delegate. Caching at this level, not in a
 * {@code JWTCallerPrincipalFactory}, keeps a token verified against one key from being reused for another.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachingJwtParser implements JWTParser {

    private final DefaultJWTParser delegate;
    private final VerifiedTokenCache cache;
    private final int maxLength;
    private final long clockSkewSeconds;

    @Inject
    public CachingJwtParser(DefaultJWTParser delegate,
            @ConfigProperty(name = "clusters.security.token.max-length", defaultValue = "8192") int maxLength,
            @ConfigProperty(name = "clusters.security.token-cache.max-entries", defaultValue = "10000") int maxEntries,
            @ConfigProperty(name = "clusters.security.token-cache.max-age", defaultValue = "PT5M") Duration maxAge,
            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long clockSkewSeconds) {
        this.delegate = delegate;
        this.clockSkewSeconds = clockSkewSeconds;
        this.maxLength = maxLength;
        // the clock SmallRye JWT checks exp and nbf against (system time), not the services' business clock
        this.cache = new VerifiedTokenCache(maxEntries, maxAge, Clock.systemUTC());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        requireAcceptableLength(token);
        return cache.verify(token, t -> notIssuedInTheFuture(delegate.parse(t)));
    }

    /** SmallRye JWT checks exp and nbf but accepts an iat ahead of its clock: refused here beyond the clock skew. */
    private JsonWebToken notIssuedInTheFuture(JsonWebToken verified) throws ParseException {
        long iat = verified.getIssuedAtTime();
        if (iat > Instant.now().getEpochSecond() + clockSkewSeconds) {
            throw new ParseException("token issued in the future (iat beyond the clock skew)");
        }
        return verified;
    }

    /** The cache, for metrics and tests. */
    public VerifiedTokenCache cache() {
        return cache;
    }

    private void requireAcceptableLength(String token) throws TokenTooLongException {
        if (token != null && token.length() > maxLength) {
            throw new TokenTooLongException(maxLength);
        }
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        requireAcceptableLength(token);
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        requireAcceptableLength(token);
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        requireAcceptableLength(token);
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        requireAcceptableLength(token);
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        requireAcceptableLength(token);
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        requireAcceptableLength(token);
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        requireAcceptableLength(token);
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        requireAcceptableLength(token);
        return delegate.parseOnly(token);
    }
}
