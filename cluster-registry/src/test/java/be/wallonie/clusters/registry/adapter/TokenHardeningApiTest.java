package be.wallonie.clusters.registry.adapter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import be.wallonie.clusters.foundation.security.CachingJwtParser;
import be.wallonie.clusters.localstack.DevTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bearer tokens the services must refuse (issue #15 item 4): each is a 401 problem in the caller's language, with
 * {@code WWW-Authenticate: Bearer}, and no log line holds any part of the token. The verification and the
 * verified-token cache live in service-foundation, shared by the three services; this class checks them once,
 * through the registry.
 */
@QuarkusTest
class TokenHardeningApiTest {

    static final String PATH = "/api/v1/dossiers/6b1f9e2c-58a1-4a39-9f64-1c6f1b7d0a11";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    JWTParser parser;

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void a_refused_token_is_a_401_problem_in_the_callers_language_and_is_not_logged(String name, String token) {
        List<String> logged = capturingLogs(() -> {
            given().auth().oauth2(token).get(PATH)
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer"))
                    .body("type", equalTo("https://clusters.wallonie.be/problems/unauthorized"))
                    .body("title", equalTo("Authentification requise"))
                    .body("detail", containsString("jeton porteur"));
            given().auth().oauth2(token).header("Accept-Language", "en").get(PATH)
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer"))
                    .body("title", equalTo("Authentication required"))
                    .body("detail", containsString("bearer token"));
        });
        assertNoPartOf(token, logged);
    }

    static Stream<Arguments> refusedTokens() throws Exception {
        long now = Instant.now().getEpochSecond();
        PrivateKey devKey = devPrivateKey();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey otherKey = generator.generateKeyPair().getPrivate();
        String valid = DevTokens.mint("cellule-officer", List.of("CELLULE"), null, Duration.ofMinutes(5));
        String garbage = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("ceci n'est pas un jeton, mais il est assez long pour en avoir l'air".getBytes(StandardCharsets.UTF_8));
        return Stream.of(
                Arguments.of("expired (beyond the clock skew)", rs256(devKey, claims(now, c -> {
                    c.put("iat", now - 7200);
                    c.put("exp", now - 3600);
                }))),
                Arguments.of("not yet valid (nbf an hour ahead)", rs256(devKey, claims(now, c -> c.put("nbf", now + 3600)))),
                Arguments.of("issued in the future (iat an hour ahead)", rs256(devKey, claims(now, c -> {
                    c.put("iat", now + 3600);
                    c.put("exp", now + 7200);
                }))),
                Arguments.of("wrong issuer", rs256(devKey, claims(now, c -> c.put("iss", "https://idp.example.org")))),
                Arguments.of("wrong audience", rs256(devKey, claims(now, c -> c.put("aud", "another-service")))),
                Arguments.of("missing audience", rs256(devKey, claims(now, c -> c.remove("aud")))),
                Arguments.of("signed by another key", rs256(otherKey, claims(now, c -> { }))),
                Arguments.of("alg none", unsigned(claims(now, c -> { }))),
                Arguments.of("HS256 with the public key as the HMAC secret", hs256(devPublicKeyPem(), claims(now, c -> { }))),
                Arguments.of("truncated", valid.substring(0, valid.length() / 2)),
                Arguments.of("signature cut off", valid.substring(0, valid.lastIndexOf('.') + 1)),
                Arguments.of("garbage", garbage),
                Arguments.of("oversized (about 12 KiB, above the 8 192 characters accepted)",
                        rs256(devKey, claims(now, c -> c.put("padding", "x".repeat(9 * 1024))))));
    }

    @Test
    void an_oversized_token_is_refused_before_it_is_decoded_with_a_clear_answer() {
        String token = "eyJ" + "A".repeat(12 * 1024);
        given().auth().oauth2(token).header("Accept-Language", "en").get(PATH)
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("The bearer token is longer than 8192 characters"));
        given().auth().oauth2(token).get(PATH)
                .then().statusCode(401).body("detail", equalTo("Le jeton porteur dépasse 8192 caractères"));
    }

    @Test
    void a_token_beyond_the_http_header_limit_is_refused_by_the_server_and_not_logged() {
        // 64 KiB exceeds quarkus.http.limits.max-header-size (20 KiB): Vert.x answers 431 before any application code
        String token = "eyJ" + "B".repeat(64 * 1024);
        List<String> logged = capturingLogs(() -> given().auth().oauth2(token).get(PATH).then().statusCode(431));
        assertNoPartOf(token, logged);
    }

    @Test
    void a_valid_token_is_verified_once_then_served_from_the_cache() {
        assertThat(parser).isInstanceOf(CachingJwtParser.class);
        CachingJwtParser caching = (CachingJwtParser) parser;
        String token = DevTokens.mint("cellule-cache", List.of("CELLULE"), null, Duration.ofMinutes(5));
        long hits = caching.cache().hits();
        long misses = caching.cache().misses();

        List<String> logged = capturingLogs(() -> {
            for (int i = 0; i < 3; i++) {
                given().auth().oauth2(token).get(PATH).then().statusCode(404)
                        .body("type", equalTo("https://clusters.wallonie.be/problems/dossier-not-found"));
            }
        });

        assertThat(caching.cache().misses() - misses).as("verified once").isEqualTo(1);
        assertThat(caching.cache().hits() - hits).as("then reused").isEqualTo(2);
        assertNoPartOf(token, logged);
    }

    // --- tokens -------------------------------------------------------------------------------------------------

    /** The claims of a valid development token, changed by {@code change}. */
    static Map<String, Object> claims(long now, Consumer<Map<String, Object>> change) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("iss", DevTokens.ISSUER);
        c.put("aud", DevTokens.AUDIENCE);
        c.put("sub", "cellule-officer");
        c.put("upn", "cellule-officer");
        c.put("groups", List.of("CELLULE"));
        c.put("iat", now);
        c.put("exp", now + 300);
        c.put("jti", java.util.UUID.randomUUID().toString());
        change.accept(c);
        return c;
    }

    static String rs256(PrivateKey key, Map<String, Object> claims) throws Exception {
        String input = part(Map.of("alg", "RS256", "typ", "JWT", "kid", "dev")) + "." + part(claims);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + b64(signature.sign());
    }

    static String hs256(String secret, Map<String, Object> claims) throws Exception {
        String input = part(Map.of("alg", "HS256", "typ", "JWT")) + "." + part(claims);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
    }

    static String unsigned(Map<String, Object> claims) throws Exception {
        return part(Map.of("alg", "none", "typ", "JWT")) + "." + part(claims) + ".";
    }

    static String part(Map<String, ?> json) throws Exception {
        return b64(JSON.writeValueAsBytes(json));
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static PrivateKey devPrivateKey() throws Exception {
        String pem = resource("/dev-keys/jwt-dev-private.pem")
                .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    static String devPublicKeyPem() throws Exception {
        return resource("/dev-keys/jwt-dev-public.pem");
    }

    static String resource(String name) throws Exception {
        try (InputStream in = DevTokens.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    // --- logs ---------------------------------------------------------------------------------------------------

    /** Every log record (message, parameters and stack trace text) written while {@code action} runs. */
    static List<String> capturingLogs(Runnable action) {
        List<String> records = java.util.Collections.synchronizedList(new ArrayList<>());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                StringBuilder text = new StringBuilder(r.getLoggerName() + " " + r.getMessage());
                if (r.getParameters() != null) {
                    for (Object p : r.getParameters()) {
                        text.append(' ').append(p);
                    }
                }
                for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                    text.append(' ').append(t);
                }
                records.add(text.toString());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            action.run();
        } finally {
            root.removeHandler(handler);
        }
        return records;
    }

    /** Neither the token, nor any of its parts (12 characters or more), nor its last 24 characters is in the logs. */
    static void assertNoPartOf(String token, List<String> logged) {
        List<String> parts = new ArrayList<>(List.of(token, token.substring(Math.max(0, token.length() - 24))));
        for (String part : token.split("\\.")) {
            if (part.length() >= 12) {
                parts.add(part);
            }
        }
        for (String line : logged) {
            for (String part : parts) {
                assertThat(line).as("a log line holding part of the token").doesNotContain(part);
            }
        }
    }
}
