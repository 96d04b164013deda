package cn.songjiang.budget.console.service;

import cn.songjiang.budget.console.config.ConsoleConfig.SignInMode;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides whether local sign-in (demo users, tokens signed with the platform's local key) is on. It is only for a
 * local platform: it needs the local key, and it is refused outright when an OIDC issuer is configured, so a
 * production console cannot be opened with demo users by a forgotten setting.
 */
public final class SignInPolicy {

    private SignInPolicy() {
    }

    /**
     * @return true when the sign-in page with the demo users is served
     * @throws IllegalStateException when local sign-in is asked for while an OIDC issuer is configured
     */
    public static boolean localSignInEnabled(SignInMode mode, Optional<Path> privateKey, Optional<String> oidcIssuer) {
        if (mode != SignInMode.LOCAL) {
            return false;
        }
        if (oidcIssuer.filter(issuer -> !issuer.isBlank()).isPresent()) {
            throw new IllegalStateException("console.sign-in=local cannot be used while an OIDC issuer is configured"
                    + " (quarkus.oidc.auth-server-url=" + oidcIssuer.get() + "); set console.sign-in=oidc");
        }
        return privateKey.isPresent();
    }
}
