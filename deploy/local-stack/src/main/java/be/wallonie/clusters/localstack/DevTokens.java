package be.wallonie.clusters.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mints RS256 JSON Web Tokens signed with the development key pair, for the local stack and tests.
 * The services verify them with MicroProfile JWT like any production token.
 */
public final class DevTokens {

    /** The issuer the services expect in the local stack and in tests. */
    public static final String ISSUER = "https://clusters.wallonie.be/dev";
    /** The audience every service requires ({@code mp.jwt.verify.audiences}, service-foundation). */
    public static final String AUDIENCE = "clusters.wallonie.be";
    public static final List<String> ROLES =
            List.of("APPLICANT", "CELLULE", "REGION", "COMITE_SECRETARIAT", "EXPERT", "FUNDING_READER");

    private static final String PRIVATE_KEY = "/dev-keys/jwt-dev-private.pem";
    private static final String PUBLIC_KEY = "/dev-keys/jwt-dev-public.pem";

    private DevTokens() {
    }

    /**
     * A token for one user.
     *
     * @param subject      the user (or machine client) id
     * @param roles        roles, carried in the {@code groups} claim
     * @param organisation enterprise number of the user's organisation (applicants), or null
     * @param ttl          validity
     */
    public static String mint(String subject, List<String> roles, String organisation, Duration ttl) {
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown role " + role + "; known roles: " + ROLES);
            }
        }
        long now = Instant.now().getEpochSecond();
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(json(ISSUER))
                .append(",\"aud\":").append(json(AUDIENCE))
                .append(",\"sub\":").append(json(subject))
                .append(",\"upn\":").append(json(subject))
                .append(",\"preferred_username\":").append(json(subject))
                .append(",\"groups\":[").append(roles.stream().map(DevTokens::json).collect(Collectors.joining(","))).append("]")
                .append(",\"iat\":").append(now)
                .append(",\"exp\":").append(now + ttl.toSeconds())
                .append(",\"jti\":").append(json(UUID.randomUUID().toString()));
        if (organisation != null) {
            claims.append(",\"org\":").append(json(organisation));
        }
        claims.append("}");
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"dev\"}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    /** Writes the development public key to {@code target} and returns its path. */
    public static Path exportPublicKey(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.writeString(target, resource(PUBLIC_KEY));
        return target;
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        String pem = resource(PRIVATE_KEY)
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String resource(String name) {
        try (InputStream in = DevTokens.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** {@code bin/token ROLE [--sub SUBJECT] [--org ENTERPRISE_NUMBER] [--hours N]} prints a bearer token. */
    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("usage: bin/token ROLE[,ROLE...] [--sub SUBJECT] [--org ENTERPRISE_NUMBER] [--hours N]");
            System.err.println("roles: " + String.join(", ", ROLES));
            System.exit(2);
        }
        List<String> roles = List.of(args[0].toUpperCase().split(","));
        String subject = "dev-" + roles.get(0).toLowerCase().replace('_', '-');
        String org = null;
        long hours = 8;
        for (int i = 1; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--sub" -> subject = args[i + 1];
                case "--org" -> org = args[i + 1];
                case "--hours" -> hours = Long.parseLong(args[i + 1]);
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        try {
            System.out.println(mint(subject, roles, org, Duration.ofHours(hours)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
