package cn.songjiang.budget.support.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ext.ContextResolver;

/**
 * Gives a REST client {@link ProviderJson#reader} as its ObjectMapper: the Quarkus REST client asks the client's
 * providers for a {@code ContextResolver<ObjectMapper>} before it falls back to the application's mapper. Register it
 * on every client interface with {@code @RegisterProvider(ProviderJsonResolver.class)}, never as a global
 * {@code @Provider}: the server would then read requests with it too.
 */
public class ProviderJsonResolver implements ContextResolver<ObjectMapper> {

    private volatile ObjectMapper reader;

    @Override
    public ObjectMapper getContext(Class<?> type) {
        ObjectMapper current = reader;
        if (current == null) {
            // The application's mapper, with the service's own settings (StrictJson); made on first use.
            current = ProviderJson.reader(CDI.current().select(ObjectMapper.class).get());
            reader = current;
        }
        return current;
    }
}
