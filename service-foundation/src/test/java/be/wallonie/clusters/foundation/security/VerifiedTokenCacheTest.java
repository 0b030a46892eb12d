package be.wallonie.clusters.foundation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

    final MutableClock clock = new MutableClock(T0);
    /** Counts the real verifications; the principal expires when {@link #exp} says. */
    final AtomicInteger verifications = new AtomicInteger();
    final Map<String, Instant> exp = new HashMap<>();

    JsonWebToken verify(String token) throws ParseException {
        verifications.incrementAndGet();
        if (token.startsWith("bad")) {
            throw new ParseException("signature invalid");
        }
        return new FakeJwt(token, exp.getOrDefault(token, T0.plus(Duration.ofHours(1))));
    }

    @Test
    void a_token_is_verified_once_then_served_from_the_cache() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofMinutes(5), clock);

        JsonWebToken first = cache.verify("token-a", this::verify);
        clock.advance(Duration.ofSeconds(30));
        JsonWebToken second = cache.verify("token-a", this::verify);

        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void another_token_is_a_miss_and_verified_on_its_own() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofMinutes(5), clock);

        JsonWebToken a = cache.verify("token-a", this::verify);
        JsonWebToken b = cache.verify("token-b", this::verify);

        assertThat(a.getName()).isEqualTo("token-a");
        assertThat(b.getName()).isEqualTo("token-b");
        assertThat(verifications).hasValue(2);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void an_entry_is_never_used_past_the_token_expiry() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofMinutes(5), clock);
        exp.put("short", T0.plusSeconds(60));

        cache.verify("short", this::verify);
        clock.advance(Duration.ofSeconds(59));
        cache.verify("short", this::verify);
        assertThat(verifications).as("still valid one second before exp").hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        cache.verify("short", this::verify);
        assertThat(verifications).as("at exp the token is verified again (and the verifier decides)").hasValue(2);
    }

    @Test
    void an_entry_is_never_used_longer_than_max_age_after_its_verification() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofMinutes(5), clock);
        exp.put("long", T0.plus(Duration.ofHours(8)));

        cache.verify("long", this::verify);
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        cache.verify("long", this::verify);
        assertThat(verifications).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        cache.verify("long", this::verify);
        assertThat(verifications).as("a withdrawn signing key is trusted through the cache for at most max-age")
                .hasValue(2);
    }

    @Test
    void an_already_expired_principal_is_not_stored() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofMinutes(5), clock);
        exp.put("stale", T0.minusSeconds(10)); // accepted by the verifier within its clock skew

        cache.verify("stale", this::verify);
        cache.verify("stale", this::verify);

        assertThat(verifications).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_failed_verification_is_never_cached() {
        VerifiedTokenCache cache = new VerifiedTokenCache(100, Duration.ofMinutes(5), clock);

        assertThatThrownBy(() -> cache.verify("bad-token", this::verify)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.verify("bad-token", this::verify)).isInstanceOf(ParseException.class);

        assertThat(verifications).as("each attempt is verified").hasValue(2);
        assertThat(cache.size()).isZero();
        assertThat(cache.hits()).isZero();
    }

    @Test
    void the_number_of_entries_stays_within_its_bound() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(50, Duration.ofMinutes(5), clock);

        for (int i = 0; i < 500; i++) {
            cache.verify("token-" + i, this::verify);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(50).isPositive();
        assertThat(verifications).hasValue(500);
    }

    @Test
    void zero_entries_turns_the_cache_off() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(0, Duration.ofMinutes(5), clock);

        cache.verify("token-a", this::verify);
        cache.verify("token-a", this::verify);

        assertThat(verifications).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void the_key_is_the_sha256_of_the_token_not_the_token() {
        String key = VerifiedTokenCache.sha256("header.payload.signature");

        assertThat(key).hasSize(64).matches("[0-9a-f]{64}").doesNotContain("payload");
        assertThat(VerifiedTokenCache.sha256("header.payload.signature")).isEqualTo(key);
        assertThat(VerifiedTokenCache.sha256("header.payload.signaturf")).isNotEqualTo(key);
    }

    @Test
    void a_negative_bound_is_refused() {
        assertThatThrownBy(() -> new VerifiedTokenCache(-1, Duration.ofMinutes(5), clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VerifiedTokenCache(10, Duration.ofMinutes(-1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    record FakeJwt(String name, Instant expiry) implements JsonWebToken {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("sub", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return switch (claimName) {
                case "sub" -> (T) name;
                case "exp" -> (T) Long.valueOf(expiry.getEpochSecond());
                default -> null;
            };
        }
    }
}
