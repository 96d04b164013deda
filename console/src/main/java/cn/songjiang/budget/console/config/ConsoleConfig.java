package cn.songjiang.budget.console.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** The console's settings (prefix {@code console}); deployments override them through environment variables. */
@ConfigMapping(prefix = "console")
public interface ConsoleConfig {

    /** How users sign in: {@code local} (demo users, local key) or {@code oidc} (Keycloak code flow). */
    @WithName("sign-in")
    @WithDefault("local")
    SignInMode signIn();

    Local local();

    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    @WithDefault("SJZWFW")
    String departmentCode();

    @WithDefault("2026")
    int fiscalYear();

    /** Local sign-in: tokens signed by the platform's own key, as {@code ./platform token} signs them. */
    interface Local {

        /** The PKCS#8 PEM private key ({@code data/keys/private.pem}); without it there is no local sign-in. */
        Optional<Path> privateKey();

        @WithDefault("budget-platform-local")
        String issuer();

        @WithDefault("PT8H")
        Duration tokenLifetime();
    }

    enum SignInMode {
        LOCAL, OIDC
    }
}
