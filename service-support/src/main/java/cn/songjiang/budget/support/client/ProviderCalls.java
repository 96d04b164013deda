package cn.songjiang.budget.support.client;

import jakarta.ws.rs.ProcessingException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs one call of a REST client (registered with {@link ProviderErrors}) so that every way it can fail is one of
 * three exceptions: {@link ProviderDown} (retry it, count it), {@link ProviderError} or {@link ContractViolation}
 * (do neither). A client bean declares this with the same annotations on each method; the values live in
 * configuration (service-support's {@code META-INF/microprofile-config.properties}):
 * <pre>{@code
 * @CallsProvider(SERVICE)
 * @ApplicationScoped
 * public class ProjectsClient {
 *     @Timeout
 *     @Retry(retryOn = {ProviderDown.class, TimeoutException.class})
 *     @CircuitBreaker(failOn = {ProviderDown.class, TimeoutException.class})
 *     public Optional<Project> project(long id) {
 *         return ProviderCalls.optional(() -> api.project(id));
 *     }
 * }
 * }</pre>
 */
public final class ProviderCalls {

    private ProviderCalls() {
    }

    public static <T> T read(Supplier<T> call) {
        try {
            return ProviderJson.read(call);
        } catch (ProcessingException e) {
            // Connection refused or reset, read timeout: the request never got an answer.
            throw new ProviderDown(e);
        }
    }

    /** As {@link #read}, but a 404 answer is {@link Optional#empty()}, before fault tolerance sees it. */
    public static <T> Optional<T> optional(Supplier<T> call) {
        try {
            return Optional.of(read(call));
        } catch (ProviderError e) {
            if (e.notFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
