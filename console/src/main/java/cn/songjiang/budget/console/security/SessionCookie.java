package cn.songjiang.budget.console.security;

import jakarta.ws.rs.core.NewCookie;

/** The console's session cookie: an opaque id, HttpOnly, SameSite=Lax, Secure when the request came over TLS. */
public final class SessionCookie {

    public static final String NAME = "budget-console-session";

    private SessionCookie() {
    }

    public static NewCookie of(String sessionId, boolean secure) {
        return new NewCookie.Builder(NAME).value(sessionId).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    public static NewCookie expired(boolean secure) {
        return new NewCookie.Builder(NAME).value("").path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(0).build();
    }
}
