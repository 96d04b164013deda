package cn.songjiang.budget.console.security;

import cn.songjiang.budget.console.service.ConsoleSession;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The identity of a local-sign-in session: its user, roles and access token. Going through an identity provider
 * lets the platform's role hierarchy (service-support {@code RoleHierarchy}: admin holds every role) apply here
 * as it does in the services.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionAuthenticationRequest> {

    @Override
    public Class<SessionAuthenticationRequest> getRequestType() {
        return SessionAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionAuthenticationRequest request,
            AuthenticationRequestContext context) {
        ConsoleSession session = request.session();
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(session.subject()))
                .addRoles(session.roles())
                .addAttribute(LocalSessionMechanism.ACCESS_TOKEN, session.accessToken())
                .addAttribute(LocalSessionMechanism.DISPLAY_NAME, session.displayName())
                .build());
    }
}
