package cn.songjiang.budget.support.testing;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/**
 * Signed bearer tokens for tests: the one place Java tests and tools sign tokens (smallrye-jwt-build); the shell's is
 * {@code ./platform token}. The key pair of the services' tests is made once per build under
 * {@code target/test-keys/} (so the Quarkus application and the test code, which may not share a class loader, read
 * the same key); {@link #signed} signs with another key, such as the local platform's.
 */
public final class TestTokens {

    public static final String ISSUER = "budget-platform-test";
    private static final Path KEYS = Path.of("target", "test-keys");

    private TestTokens() {
    }

    /** A token of subject {@code test-<role>} holding that one role. */
    public static String forRole(String role) {
        return forUser("test-" + role, role);
    }

    public static String forUser(String subject, String... roles) {
        return forUser(subject, Duration.ofHours(1), roles);
    }

    /** A token of that subject and roles that expires after {@code lifetime}. */
    public static String forUser(String subject, Duration lifetime, String... roles) {
        return signed(privateKey(), ISSUER, subject, lifetime, roles);
    }

    /** A token of that issuer, subject (also its {@code upn}) and roles, valid for {@code lifetime}, signed RS256. */
    public static String signed(PrivateKey key, String issuer, String subject, Duration lifetime, String... roles) {
        return Jwt.issuer(issuer)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(lifetime)
                .sign(key);
    }

    /** A PKCS#8 PEM private key, as {@code ./platform} and this class write them. */
    public static PrivateKey readPrivateKey(Path pem) {
        try {
            String base64 = Files.readString(pem, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A token shaped like Keycloak's: a UUID {@code sub}, the user name in {@code preferred_username} and no
     * {@code upn}.
     */
    public static String keycloakShaped(String subject, String preferredUsername, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subject)
                .claim("preferred_username", preferredUsername)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(5))
                .sign(privateKey());
    }

    /** A token of {@code test-<role>} whose {@code exp} was the given number of seconds ago. */
    public static String expiredForRole(String role, long secondsAgo) {
        long now = Instant.now().getEpochSecond();
        return Jwt.issuer(ISSUER)
                .subject("test-" + role)
                .upn("test-" + role)
                .groups(Set.of(role))
                .issuedAt(now - 600)
                .expiresAt(now - secondsAgo)
                .sign(privateKey());
    }

    /** A validly signed token of that role issued at {@code issuedAt} and expiring at {@code expiresAt}. */
    public static String forRoleIssuedAt(String role, Instant issuedAt, Instant expiresAt) {
        return Jwt.issuer(ISSUER)
                .subject("test-" + role)
                .upn("test-" + role)
                .groups(Set.of(role))
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .sign(privateKey());
    }

    /** A validly signed token of that role without {@code iat} (the builder always adds one, so signed here). */
    public static String withoutIssuedAt(String role, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject("test-" + role);
        claims.setClaim("upn", "test-" + role);
        claims.setStringListClaim("groups", role);
        claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        jws.setKey(privateKey());
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token signed by a key the services do not trust. */
    public static String forgedForRole(String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.issuer(ISSUER).subject("forger").groups(Set.of(role)).sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized String publicKeyLocation() {
        ensureKeys();
        return KEYS.resolve("public.pem").toAbsolutePath().toUri().toString();
    }

    private static synchronized PrivateKey privateKey() {
        ensureKeys();
        return readPrivateKey(KEYS.resolve("private.pem"));
    }

    private static void ensureKeys() {
        if (Files.exists(KEYS.resolve("public.pem"))) {
            return;
        }
        try {
            Files.createDirectories(KEYS);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(KEYS.resolve("private.pem"), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(KEYS.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + type
                + "-----\n";
    }
}
