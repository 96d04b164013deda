package cn.songjiang.budget.console.service;

import java.time.Instant;
import java.util.Set;

/** A signed-in user as the console keeps it server-side; the browser holds only the session id. */
public record ConsoleSession(String id, String subject, String displayName, Set<String> roles, String accessToken,
        Instant expiresAt) {

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
