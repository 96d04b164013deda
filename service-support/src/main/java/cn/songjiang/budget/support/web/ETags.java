package cn.songjiang.budget.support.web;

import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.ws.rs.core.EntityTag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Optimistic concurrency over HTTP: the ETag of an entity is its version; an update must name the version
 * it changes in {@code If-Match} (428 without it, 412 when it is not the current one).
 *
 * <p>Revalidation of read answers: the ETag of an answer is a hash of its body ({@link #ofContent}), the same on
 * every instance; a GET whose {@code If-None-Match} names it is answered 304 without a body.
 */
public final class ETags {

    /** The longest If-Match this API reads: a weak ETag of the largest version, {@code W/"9223372036854775807"}. */
    public static final int MAX_LENGTH = 23;
    /** The longest If-None-Match this API reads: a few quoted content ETags (and of an ETag header it sends). */
    public static final int MAX_IF_NONE_MATCH = 200;

    private ETags() {
    }

    /** Cache-Control of an answer that may be kept but must be revalidated (If-None-Match) before each use. */
    public static final String REVALIDATE = "private, no-cache";
    /** The OpenAPI description of the ETag header of a revalidated answer. */
    public static final String CONTENT_ETAG_DESCRIPTION = "Strong ETag of this answer (a hash of its body, the same "
            + "on every instance); send it back in If-None-Match to get 304 while nothing changed";
    /** The OpenAPI description of the If-None-Match header of a revalidated answer. */
    public static final String IF_NONE_MATCH_DESCRIPTION = "The ETag of an answer held; 304 without a body while "
            + "it is still the current answer";
    /** The OpenAPI description of the 304 answer. */
    public static final String NOT_MODIFIED_DESCRIPTION = "Not modified: the answer named by If-None-Match is current";

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A strong ETag of a body: 22 characters of its SHA-256 hash in base64url. */
    public static EntityTag ofContent(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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

    /** Refuses an If-None-Match header longer than documented ({@value #MAX_IF_NONE_MATCH} characters). */
    public static void checkIfNoneMatch(String ifNoneMatch) {
        if (ifNoneMatch != null && ifNoneMatch.length() > MAX_IF_NONE_MATCH) {
            throw ApiProblem.badRequest("If-None-Match", "must be at most " + MAX_IF_NONE_MATCH
                    + " characters: the ETags of the answers held");
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
