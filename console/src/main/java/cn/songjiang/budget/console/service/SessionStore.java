package cn.songjiang.budget.console.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions of local sign-in, in memory: an id of 256 random bits maps to the user and their access token.
 * A session ends at sign-out or when its token expires; a restart signs everybody out.
 */
@ApplicationScoped
public class SessionStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, ConsoleSession> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    SessionStore() {
        this(Clock.systemUTC());
    }

    SessionStore(Clock clock) {
        this.clock = clock;
    }

    public ConsoleSession open(String subject, String displayName, Set<String> roles, String accessToken,
            Instant expiresAt) {
        byte[] id = new byte[32];
        RANDOM.nextBytes(id);
        ConsoleSession session = new ConsoleSession(Base64.getUrlEncoder().withoutPadding().encodeToString(id),
                subject, displayName, Set.copyOf(roles), accessToken, expiresAt);
        sessions.values().removeIf(s -> s.expired(clock.instant()));
        sessions.put(session.id(), session);
        return session;
    }

    public Optional<ConsoleSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        ConsoleSession session = sessions.get(id);
        if (session == null || session.expired(clock.instant())) {
            if (session != null) {
                sessions.remove(id);
            }
            return Optional.empty();
        }
        return Optional.of(session);
    }

    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }
}
