package cn.songjiang.budget.support.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as audit records it: a stable id and a readable name, read from the same claims whoever issued
 * the token (the local platform or Keycloak). The id is the token's {@code sub}; the name is
 * {@code preferred_username}, else {@code upn}, else {@code sub}. Outside a request both are {@code system}.
 */
public final class CurrentUser {

    public static final String SYSTEM = "system";
    /** Width of the name columns ({@code created_by}, {@code updated_by}, {@code revinfo.username}). */
    public static final int NAME_LENGTH = 100;
    /** Width of the id columns ({@code created_by_id}, {@code updated_by_id}, {@code revinfo.user_id}). */
    public static final int ID_LENGTH = 255;

    private CurrentUser() {
    }

    /** The caller's stable id: the token subject. */
    public static String id() {
        Principal principal = principal();
        if (principal == null) {
            return SYSTEM;
        }
        String subject = principal instanceof JsonWebToken jwt ? firstPresent(jwt.getSubject()) : null;
        return cut(subject != null ? subject : principal.getName(), ID_LENGTH);
    }

    /** The caller's display name: {@code preferred_username}, else {@code upn}, else {@code sub}. */
    public static String name() {
        Principal principal = principal();
        if (principal == null) {
            return SYSTEM;
        }
        if (principal instanceof JsonWebToken jwt) {
            String name = firstPresent(jwt.getClaim("preferred_username"), jwt.getClaim("upn"), jwt.getSubject());
            if (name != null) {
                return cut(name, NAME_LENGTH);
            }
        }
        return cut(principal.getName(), NAME_LENGTH);
    }

    private static Principal principal() {
        try (InstanceHandle<CurrentIdentityAssociation> handle =
                Arc.container().instance(CurrentIdentityAssociation.class)) {
            if (!handle.isAvailable()) {
                return null;
            }
            SecurityIdentity identity = handle.get().getIdentity();
            return identity == null || identity.isAnonymous() ? null : identity.getPrincipal();
        } catch (RuntimeException notInRequest) {
            return null;
        }
    }

    private static String firstPresent(Object... values) {
        for (Object value : values) {
            if (value != null && !value.toString().isBlank()) {
                return value.toString();
            }
        }
        return null;
    }

    private static String cut(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
