package be.wallonie.clusters.foundation.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verified bearer tokens, so that the same token is verified (RS256) once and not on every request.
 *
 * <ul>
 *   <li>Keyed by the SHA-256 of the token, never the token itself.</li>
 *   <li>Only a token that passed the full verification (signature, issuer, audience, {@code exp}, {@code nbf}) is
 *       stored: a failure is never cached, the next request with that token is verified again.</li>
 *   <li>An entry is used until the earlier of the token's {@code exp} and {@code maxAge} after its verification,
 *       never later: a signing key withdrawn from the verification key set stops being trusted through the cache
 *       within {@code maxAge}.</li>
 *   <li>At most {@code maxEntries} entries; beyond that Caffeine evicts by size (its W-TinyLFU policy:
 *       the entries least likely to be used again).
 *       {@code maxEntries = 0} turns the cache off (every token is verified every time).</li>
 * </ul>
 */
public final class VerifiedTokenCache {

    /** The full verification of a token (the SmallRye JWT parser). */
    @FunctionalInterface
    public interface Verification {
        JsonWebToken verify(String token) throws ParseException;
    }

    private record Entry(JsonWebToken principal, Instant notAfter) {
    }

    private final Clock clock;
    private final Duration maxAge;
    private final Cache<String, Entry> entries;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public VerifiedTokenCache(int maxEntries, Duration maxAge, Clock clock) {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("maxEntries must be 0 (off) or positive: " + maxEntries);
        }
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
        this.clock = clock;
        this.maxAge = maxAge;
        this.entries = maxEntries == 0 || maxAge.isZero() ? null : Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run) // evictions happen on the caller's thread, no pool of its own
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry entry, long currentTime) {
                        return Math.max(0, Duration.between(clock.instant(), entry.notAfter()).toNanos());
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
                        return expireAfterCreate(key, entry, currentTime);
                    }

                    @Override
                    public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    /**
     * The verified principal of {@code token}: from the cache while its entry is valid, else from
     * {@code verification} (whose failure propagates, nothing stored).
     */
    public JsonWebToken verify(String token, Verification verification) throws ParseException {
        if (entries == null) {
            return verification.verify(token);
        }
        String key = sha256(token);
        Entry cached = entries.getIfPresent(key);
        if (cached != null && clock.instant().isBefore(cached.notAfter())) {
            hits.increment();
            return cached.principal();
        }
        misses.increment();
        JsonWebToken verified = verification.verify(token);
        Instant now = clock.instant();
        Instant notAfter = notAfter(verified, now);
        if (notAfter.isAfter(now)) {
            entries.put(key, new Entry(verified, notAfter));
        } else if (cached != null) {
            entries.invalidate(key);
        }
        return verified;
    }

    /** The earlier of the token's expiry and {@code maxAge} from now; {@code now} (not cacheable) without {@code exp}. */
    private Instant notAfter(JsonWebToken verified, Instant now) {
        long exp = verified.getExpirationTime();
        if (exp <= 0) {
            return now;
        }
        Instant expiry = Instant.ofEpochSecond(exp);
        Instant bound = now.plus(maxAge);
        return expiry.isBefore(bound) ? expiry : bound;
    }

    /** Entries currently held (after pending evictions). */
    public long size() {
        if (entries == null) {
            return 0;
        }
        entries.cleanUp();
        return entries.estimatedSize();
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }

    /** Forgets every verified token (e.g. after the verification key changed). */
    public void clear() {
        if (entries != null) {
            entries.invalidateAll();
        }
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
