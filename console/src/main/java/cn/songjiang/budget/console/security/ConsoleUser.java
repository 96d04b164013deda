package cn.songjiang.budget.console.security;

import cn.songjiang.budget.support.security.Roles;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The signed-in user of this request, as pages need it: name, roles (which decide the write controls drawn) and
 * the access token forwarded to the services. Local sign-in keeps the token in the session; OIDC in its
 * credential.
 */
@RequestScoped
@Named("consoleUser")
public class ConsoleUser {

    private final SecurityIdentity identity;

    ConsoleUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    public String name() {
        String display = identity.getAttribute(LocalSessionMechanism.DISPLAY_NAME);
        return display != null ? display : identity.getPrincipal().getName();
    }

    public Optional<String> accessToken() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        String local = identity.getAttribute(LocalSessionMechanism.ACCESS_TOKEN);
        if (local != null) {
            return Optional.of(local);
        }
        return Optional.ofNullable(identity.getCredential(AccessTokenCredential.class)).map(AccessTokenCredential::getToken);
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return has(Roles.ADMIN);
    }

    public boolean isPm() {
        return has(Roles.PM);
    }

    public boolean isFinance() {
        return has(Roles.FINANCE);
    }

    public boolean isProcurement() {
        return has(Roles.PROCUREMENT);
    }

    /** The roles the user holds of the platform's five, for display. */
    public String roleList() {
        return String.join(", ", Roles.ALL.stream().filter(identity::hasRole).sorted().toList());
    }
}
