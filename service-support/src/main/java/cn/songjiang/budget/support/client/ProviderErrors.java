package cn.songjiang.budget.support.client;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * How every REST client classifies a provider's error answer: 502, 503 and 504 are {@link ProviderDown}
 * (retried, counted by the circuit breaker), any other error status a {@link ProviderError} (neither). Register
 * it on every REST client interface with {@code @RegisterProvider(ProviderErrors.class)}.
 */
public class ProviderErrors implements ResponseExceptionMapper<RuntimeException> {

    private static final Set<Integer> DOWN = Set.of(502, 503, 504);

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public RuntimeException toThrowable(Response response) {
        if (DOWN.contains(response.getStatus())) {
            return new ProviderDown(response.getStatus());
        }
        return new ProviderError(response);
    }
}
