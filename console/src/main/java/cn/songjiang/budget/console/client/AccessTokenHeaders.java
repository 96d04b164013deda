package cn.songjiang.budget.console.client;

import cn.songjiang.budget.console.security.ConsoleUser;
import cn.songjiang.budget.support.client.ForwardedHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * The services' headers for a console request: the browser sends no bearer token (it holds only the session
 * cookie), so the signed-in user's token is put where {@link ForwardedHeaders} forwards it from, along with the
 * request id.
 */
@ApplicationScoped
public class AccessTokenHeaders extends ForwardedHeaders {

    private final ConsoleUser user;

    AccessTokenHeaders(ConsoleUser user) {
        this.user = user;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> withToken = new MultivaluedHashMap<>();
        user.accessToken().ifPresent(token -> withToken.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        return super.update(withToken, outgoing);
    }
}
