package be.wallonie.clusters.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevTokensTest {

    @Test
    void a_minted_token_is_signed_with_the_development_key_and_carries_audience_roles_and_organisation() throws Exception {
        String token = DevTokens.mint("alice", List.of("APPLICANT"), "0403.170.701", Duration.ofMinutes(5));
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"iss\":\"" + DevTokens.ISSUER + "\"", "\"aud\":\"" + DevTokens.AUDIENCE + "\"", "\"sub\":\"alice\"",
                "\"groups\":[\"APPLICANT\"]", "\"org\":\"0403.170.701\"");
    }

    @Test
    void unknown_roles_are_refused() {
        assertThatThrownBy(() -> DevTokens.mint("bob", List.of("ADMIN"), null, Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown role ADMIN");
    }

    private static PublicKey publicKey() throws Exception {
        try (InputStream in = DevTokens.class.getResourceAsStream("/dev-keys/jwt-dev-public.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }
}
