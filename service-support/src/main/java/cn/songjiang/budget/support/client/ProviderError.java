package cn.songjiang.budget.support.client;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.ClientWebApplicationException;

/**
 * A provider answered with an error that asking again will not change: a 4xx (the caller's token or request was
 * refused, or the thing does not exist) or a 5xx other than 502/503/504. Clients neither retry it nor count it
 * as the provider being down. The answer stays readable ({@link #getResponse()}).
 */
public final class ProviderError extends ClientWebApplicationException {

    public ProviderError(Response response) {
        super("answered HTTP " + response.getStatus(), response);
    }

    public int status() {
        return getResponse().getStatus();
    }

    public boolean notFound() {
        return status() == Response.Status.NOT_FOUND.getStatusCode();
    }
}
