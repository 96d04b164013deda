package cn.songjiang.budget.support.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Applies the role hierarchy of {@link Roles} to every authenticated caller. */
@ApplicationScoped
public class RoleHierarchy implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        if (identity.getRoles().contains(Roles.ADMIN)) {
            builder.addRoles(Roles.ALL);
        }
        if (identity.getRoles().stream().anyMatch(Roles.ALL::contains)) {
            builder.addRole(Roles.VIEWER);
        }
        return Uni.createFrom().item(builder.build());
    }
}
