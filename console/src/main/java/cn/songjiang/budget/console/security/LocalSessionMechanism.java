package cn.songjiang.budget.console.security;

import cn.songjiang.budget.console.service.LocalSignIn;
import cn.songjiang.budget.console.service.SessionStore;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Local sign-in's authentication: the session cookie names a server-side session, whose user and roles become the
 * request's identity and whose access token the REST clients forward. Without a session a page answers with a
 * redirect to the sign-in page. Does nothing when local sign-in is off (OIDC then authenticates).
 */
@ApplicationScoped
public class LocalSessionMechanism implements HttpAuthenticationMechanism {

    /** The identity attribute holding the user's access token. */
    public static final String ACCESS_TOKEN = "budget.access-token";
    public static final String DISPLAY_NAME = "budget.display-name";

    private final LocalSignIn signIn;
    private final SessionStore sessions;

    LocalSessionMechanism(LocalSignIn signIn, SessionStore sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        if (!signIn.enabled()) {
            return Uni.createFrom().nullItem();
        }
        Cookie cookie = context.request().getCookie(SessionCookie.NAME);
        return sessions.find(cookie == null ? null : cookie.getValue())
                .map(session -> identityProviderManager.authenticate(new SessionAuthenticationRequest(session)))
                .orElseGet(() -> Uni.createFrom().nullItem());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (!signIn.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return Uni.createFrom().item(new ChallengeData(302, "Location", "/sign-in"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        // Before OIDC's mechanism, whose default tenant is off in local mode.
        return 2000;
    }
}
