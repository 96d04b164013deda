package cn.songjiang.budget.support.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once and reuses the result until the token expires, in every service. A dashboard or
 * finance tool sends the same token with every request, and the RSA signature check and claim parsing were most
 * of the CPU a due-payments request cost (payments-service benchmark). Only a token string that passed full
 * verification is reused, and never past its {@code exp} nor past its maximum age ({@code iat} plus
 * {@code mp.jwt.verify.token.age}); a token that fails is verified again every time. At most
 * {@value #MAX_TOKENS} tokens are kept; beyond that the least used ones are dropped one by one (Caffeine).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    private static final int MAX_TOKENS = 10_000;

    private final DefaultJWTParser delegate;
    private final Clock clock;
    private final Optional<Long> maxAgeSeconds;
    private final Cache<String, Verified> verified;

    @Inject
    public VerifiedTokenCache(DefaultJWTParser delegate,
            @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> maxAgeSeconds) {
        // Real time, not a service's business clock: exp is a real instant.
        this(delegate, Clock.systemUTC(), maxAgeSeconds);
    }

    VerifiedTokenCache(DefaultJWTParser delegate, Clock clock, Optional<Long> maxAgeSeconds) {
        this.delegate = delegate;
        this.clock = clock;
        this.maxAgeSeconds = maxAgeSeconds;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.<String, Verified>creating((token, entry) ->
                        Duration.ofMillis(TimeUnit.SECONDS.toMillis(entry.validUntil()) - clock.millis())))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Verified cached = verified.getIfPresent(token);
        if (cached != null) {
            return cached.token();
        }
        long now = clock.instant().getEpochSecond();
        JsonWebToken fresh = delegate.parse(token);
        long validUntil = fresh.getExpirationTime();
        if (maxAgeSeconds.isPresent() && fresh.getClaim(Claims.iat.name()) instanceof Number issuedAt) {
            validUntil = Math.min(validUntil, issuedAt.longValue() + maxAgeSeconds.get());
        }
        if (validUntil > now) {
            verified.put(token, new Verified(fresh, validUntil));
        }
        return fresh;
    }

    private record Verified(JsonWebToken token, long validUntil) {
    }

    /** How many verified tokens are kept now. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return delegate.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return delegate.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return delegate.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return delegate.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return delegate.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return delegate.parseOnly(token);
    }
}
