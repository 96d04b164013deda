package cn.songjiang.budget.support.security;

/**
 * The platform's roles. {@code admin} holds every role; every authenticated role also holds {@code viewer},
 * so read endpoints are annotated with {@code viewer} alone.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PM = "pm";
    public static final String PROCUREMENT = "procurement";
    public static final String FINANCE = "finance";
    public static final String VIEWER = "viewer";

    public static final java.util.Set<String> ALL = java.util.Set.of(ADMIN, PM, PROCUREMENT, FINANCE, VIEWER);

    private Roles() {
    }
}
