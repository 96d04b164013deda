package cn.songjiang.budget.console.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.songjiang.budget.console.config.ConsoleConfig.SignInMode;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInPolicyTest {

    private static final Optional<Path> KEY = Optional.of(Path.of("data/keys/private.pem"));

    @Test
    void localSignInNeedsTheLocalKey() {
        assertTrue(SignInPolicy.localSignInEnabled(SignInMode.LOCAL, KEY, Optional.empty()));
        assertFalse(SignInPolicy.localSignInEnabled(SignInMode.LOCAL, Optional.empty(), Optional.empty()));
    }

    @Test
    void localSignInIsRefusedWhenAnOidcIssuerIsConfigured() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SignInPolicy
                .localSignInEnabled(SignInMode.LOCAL, KEY, Optional.of("https://keycloak.example/realms/budget")));
        assertTrue(refused.getMessage().contains("console.sign-in=oidc"));
    }

    @Test
    void oidcModeNeverOffersTheDemoUsers() {
        assertFalse(SignInPolicy.localSignInEnabled(SignInMode.OIDC, KEY, Optional.of("https://kc/realms/budget")));
        assertFalse(SignInPolicy.localSignInEnabled(SignInMode.OIDC, KEY, Optional.empty()));
    }
}
