package cn.songjiang.budget.support.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** When a verified token is reused and when it is verified again. */
class VerifiedTokenReuseTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final String GOOD = "good.token.signature";
    private static final String BAD = "bad.token.signature";

    /** Stands in for the real verifier: counts verifications, accepts GOOD until its expiry, refuses BAD. */
    private static final class CountingVerifier extends DefaultJWTParser {
        final Map<String, Integer> calls = new HashMap<>();
        long issuedAt = NOW.getEpochSecond();
        long expiresAt = NOW.getEpochSecond() + 60;

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            calls.merge(token, 1, Integer::sum);
            if (!token.startsWith("good.")) {
                throw new ParseException("bad signature");
            }
            return token(issuedAt, expiresAt);
        }
    }

    @Test
    void aGoodTokenIsVerifiedOnceWhileItIsValid() throws ParseException {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, Clock.fixed(NOW, ZoneOffset.UTC), Optional.empty());

        JsonWebToken first = cache.parse(GOOD);
        JsonWebToken second = cache.parse(GOOD);

        assertSame(first, second);
        assertEquals(1, verifier.calls.get(GOOD));
    }

    @Test
    void aTokenPastItsExpiryInTheCacheGoesBackToTheVerifier() throws ParseException {
        CountingVerifier verifier = new CountingVerifier();
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, Optional.empty());
        cache.parse(GOOD);

        clock.now = NOW.plusSeconds(60);
        cache.parse(GOOD);

        assertEquals(2, verifier.calls.get(GOOD));
    }

    @Test
    void aTokenPastItsMaximumAgeGoesBackToTheVerifierThoughItsExpiryIsFarAway() throws ParseException {
        CountingVerifier verifier = new CountingVerifier();
        verifier.expiresAt = NOW.plusSeconds(10 * 365 * 86_400L).getEpochSecond();
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, Optional.of(28_800L));
        cache.parse(GOOD);

        clock.now = NOW.plusSeconds(28_799);
        cache.parse(GOOD);
        assertEquals(1, verifier.calls.get(GOOD));

        clock.now = NOW.plusSeconds(28_800);
        cache.parse(GOOD);
        assertEquals(2, verifier.calls.get(GOOD));
    }

    @Test
    void aFullCacheDropsSingleTokensAndKeepsTheOneInUse() throws ParseException {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = cacheAt(verifier, NOW);
        for (int i = 0; i < 12_000; i++) {
            if (i % 100 == 0) {
                cache.parse(GOOD);
            }
            cache.parse("good." + i + ".signature");
        }
        cache.parse(GOOD);

        assertEquals(1, verifier.calls.get(GOOD), "the token in use was dropped");
        assertTrue(cache.size() <= 10_000, "holds " + cache.size() + " tokens");
        assertTrue(cache.size() > 9_000, "emptied itself: " + cache.size() + " tokens");
    }

    @Test
    void aBadTokenIsRefusedEveryTime() {
        CountingVerifier verifier = new CountingVerifier();
        VerifiedTokenCache cache = cacheAt(verifier, NOW);

        assertThrows(ParseException.class, () -> cache.parse(BAD));
        assertThrows(ParseException.class, () -> cache.parse(BAD));

        assertEquals(2, verifier.calls.get(BAD));
    }

    private static VerifiedTokenCache cacheAt(CountingVerifier verifier, Instant now) {
        return new VerifiedTokenCache(verifier, Clock.fixed(now, ZoneOffset.UTC), Optional.empty());
    }

    private static JsonWebToken token(long issuedAt, long expiresAt) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "test";
            }

            @Override
            public Set<String> getClaimNames() {
                return Set.of("iat", "exp");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claim) {
                return switch (claim) {
                    case "exp" -> (T) Long.valueOf(expiresAt);
                    case "iat" -> (T) Long.valueOf(issuedAt);
                    default -> null;
                };
            }
        };
    }

    /** A clock a test moves forward. */
    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
