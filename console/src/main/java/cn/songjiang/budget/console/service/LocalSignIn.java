package cn.songjiang.budget.console.service;

import cn.songjiang.budget.console.config.ConsoleConfig;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Local sign-in: a demo user picks a role and the console signs an access token for them with the platform's local
 * key (RS256, issuer {@code budget-platform-local}, {@code groups}, {@code iat}, {@code exp}, as
 * {@code ./platform token} does). The token stays in the {@link SessionStore}. Checked at start: the console
 * refuses to start when local sign-in is asked for while an OIDC issuer is configured.
 */
@Startup
@ApplicationScoped
public class LocalSignIn {

    private final ConsoleConfig config;
    private final SessionStore sessions;
    private final Optional<PrivateKey> key;

    LocalSignIn(ConsoleConfig config, SessionStore sessions,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> oidcIssuer) {
        this.config = config;
        this.sessions = sessions;
        boolean enabled = SignInPolicy.localSignInEnabled(config.signIn(), config.local().privateKey(), oidcIssuer);
        this.key = enabled ? config.local().privateKey().map(LocalSignIn::readKey) : Optional.empty();
    }

    public boolean enabled() {
        return key.isPresent();
    }

    /** Signs the demo user of {@code role} in; empty when local sign-in is off or the role is unknown. */
    public Optional<ConsoleSession> signIn(String role) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return DemoUser.ALL.stream().filter(user -> user.role().equals(role)).findFirst().map(user -> {
            Instant now = Instant.now();
            Instant expires = now.plus(config.local().tokenLifetime());
            String token = Jwt.issuer(config.local().issuer())
                    .subject(user.subject())
                    .upn(user.subject())
                    .groups(Set.of(user.role()))
                    .issuedAt(now)
                    .expiresAt(expires)
                    .sign(key.get());
            return sessions.open(user.subject(), user.displayName(), Set.of(user.role()), token, expires);
        });
    }

    static PrivateKey readKey(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the local signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Not a PKCS#8 RSA private key: " + file, e);
        }
    }
}
