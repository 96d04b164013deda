package cn.songjiang.budget.console.security;

import cn.songjiang.budget.console.service.ConsoleSession;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request authenticated by a local-sign-in session found from its cookie. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final ConsoleSession session;

    public SessionAuthenticationRequest(ConsoleSession session) {
        this.session = session;
    }

    public ConsoleSession session() {
        return session;
    }
}
