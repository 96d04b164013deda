package cn.songjiang.budget.support.web;

import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: the ETag of an entity is its version; an update must name the version
 * it changes in {@code If-Match} (428 without it, 412 when it is not the current one).
 */
public final class ETags {

    /** The longest If-Match this API reads: a weak ETag of the largest version, {@code W/"9223372036854775807"}. */
    public static final int MAX_LENGTH = 23;

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version named by an If-Match header value such as {@code "3"} or {@code W/"3"}. */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiProblem.preconditionRequired();
        }
        String value = ifMatch.trim();
        if (value.length() > MAX_LENGTH) {
            throw ApiProblem.badRequest("If-Match", "must be the ETag of the record, e.g. \"3\"");
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("If-Match", "must be the ETag of the record, e.g. \"3\"");
        }
    }

    /** Throws 412 unless the If-Match header names the current version. */
    public static void check(String ifMatch, long currentVersion) {
        long expected = requiredVersion(ifMatch);
        if (expected != currentVersion) {
            throw ApiProblem.preconditionFailed(expected, currentVersion);
        }
    }
}
