package cn.songjiang.budget.payments.repository;

import cn.songjiang.budget.payments.config.PaymentsConfig;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * What is computed from the read model (due-payments totals, whole serialized answers), kept per query and
 * {@link ReadModelVersion}: an entry is reused only while the version it was computed at is current, so any
 * committed change of any instance retires it. The version is read before computing: a change made meanwhile
 * retires the result at once. While the version does not hear other instances, nothing is kept.
 *
 * <p>One Caffeine cache for all of it, bounded by weight ({@code payments.read-model.cache-max-kilobytes}; an
 * entry weighs its {@link Weighed#weight()} in bytes, or 1 KiB) and by age ({@code cache-expiry-seconds});
 * the least used entries are dropped one at a time. Requests for the same missing entry wait for one computation
 * (made in the first one's thread).
 */
@ApplicationScoped
public class ReadModelCache {

    /** A value that knows about how many bytes it holds. */
    public interface Weighed {
        int weight();
    }

    private record Key(Object query, long version) {
    }

    private static final int DEFAULT_WEIGHT = 1_024;

    private final ReadModelVersion version;
    private final AsyncCache<Key, Object> cache;

    public ReadModelCache(ReadModelVersion version, PaymentsConfig config) {
        this.version = version;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(1_024L * config.readModel().cacheMaxKilobytes())
                .weigher((Key key, Object value) -> value instanceof Weighed weighed ? weighed.weight()
                        : DEFAULT_WEIGHT)
                .expireAfterWrite(Duration.ofSeconds(config.readModel().cacheExpirySeconds()))
                .buildAsync();
    }

    /**
     * The value of {@code query} at the current version: the cached one, or {@code compute}'s (kept when the
     * version is heard). {@code query} must hold everything the value depends on besides the data (filters, the
     * day, the page) and have value equality.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object query, Supplier<T> compute) {
        if (!version.listening()) {
            return compute.get();
        }
        // Computed in the caller's thread, outside the cache's locks (an answer's computation reads the totals
        // from this same cache); a failure is dropped from the cache and thrown to every waiter.
        Key key = new Key(query, version.current());
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> kept = cache.asMap().putIfAbsent(key, mine);
        if (kept == null) {
            try {
                mine.complete(compute.get());
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            }
            return (T) mine.join();
        }
        try {
            return (T) kept.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Drops everything (for tests and operators). */
    public void clear() {
        cache.synchronous().invalidateAll();
    }
}
