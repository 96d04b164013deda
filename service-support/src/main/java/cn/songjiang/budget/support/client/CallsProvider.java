package cn.songjiang.budget.support.client;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the client bean of one provider: any failure of its methods, after their retries and circuit breaker,
 * reaches the caller as the 503 problem of {@link ProviderUnavailable} naming the provider, so a request that
 * needs a provider that is down answers clearly and, reading before it writes, stores nothing.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CallsProvider {

    /** The provider's name as the problem states it, e.g. {@code projects-service}. */
    @Nonbinding
    String value();
}
