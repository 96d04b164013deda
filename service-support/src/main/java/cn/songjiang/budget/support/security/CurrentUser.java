package cn.songjiang.budget.support.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;

/** The name recorded in audit columns: the token subject, or {@code system} outside a request. */
public final class CurrentUser {

    public static final String SYSTEM = "system";

    private CurrentUser() {
    }

    public static String name() {
        try (InstanceHandle<CurrentIdentityAssociation> handle =
                Arc.container().instance(CurrentIdentityAssociation.class)) {
            if (!handle.isAvailable()) {
                return SYSTEM;
            }
            SecurityIdentity identity = handle.get().getIdentity();
            return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
        } catch (RuntimeException notInRequest) {
            return SYSTEM;
        }
    }
}
