package cn.songjiang.budget.support.problem;

import java.util.List;
import java.util.Set;

/**
 * The exception services throw to answer with a problem+json error. The global mapper turns it into a
 * response; nothing else needs to build error bodies.
 */
public class ApiProblem extends RuntimeException {

    /** The most violations a problem lists (the Problem schema's maxItems). */
    public static final int MAX_VIOLATIONS = 20;
    /** The longest detail (the Problem schema's maxLength). */
    public static final int MAX_DETAIL_LENGTH = 4000;
    /** Said of a write refused because a dependency failed: the request reads everything before it writes. */
    public static final String NOTHING_STORED = "; nothing was stored";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final transient Problem problem;
    private final boolean refusedBeforeWriting;

    public ApiProblem(int status, String typeSlug, String title, String detail, String rule,
            List<FieldViolation> violations) {
        this(status, typeSlug, title, detail, rule, violations, false);
    }

    private ApiProblem(int status, String typeSlug, String title, String detail, String rule,
            List<FieldViolation> violations, boolean refusedBeforeWriting) {
        super(detail);
        this.problem = new Problem(Problem.TYPE_PREFIX + typeSlug, title, status, detail, null, rule, null,
                violations == null || violations.isEmpty() ? null : List.copyOf(violations));
        this.refusedBeforeWriting = refusedBeforeWriting;
    }

    public Problem problem() {
        return problem;
    }

    /**
     * The problem as the answer to a request of this HTTP method: a write refused before it wrote says that nothing
     * was stored; a read never does (it stores nothing anyway, and saying so would suggest it might have).
     */
    public Problem problemFor(String httpMethod) {
        if (!refusedBeforeWriting || httpMethod == null || SAFE_METHODS.contains(httpMethod)) {
            return problem;
        }
        return new Problem(problem.type(), problem.title(), problem.status(), problem.detail() + NOTHING_STORED,
                problem.instance(), problem.rule(), problem.errorId(), problem.violations());
    }

    public int status() {
        return problem.status();
    }

    /** 400: one field of the request is malformed. */
    public static ApiProblem badRequest(String field, String reason) {
        return new ApiProblem(400, "validation", "Invalid request", field + ": " + reason, null,
                List.of(new FieldViolation(field, reason)));
    }

    /**
     * 400: several fields of the request are malformed. The problem lists the first {@value #MAX_VIOLATIONS} and
     * its detail says how many there were, so a hostile request cannot make a huge answer.
     */
    public static ApiProblem badRequest(List<FieldViolation> violations) {
        List<FieldViolation> listed = violations.size() > MAX_VIOLATIONS
                ? violations.subList(0, MAX_VIOLATIONS) : violations;
        StringBuilder detail = new StringBuilder();
        if (violations.size() > MAX_VIOLATIONS) {
            detail.append(violations.size()).append(" invalid fields, the first ").append(MAX_VIOLATIONS)
                    .append(" listed: ");
        }
        for (int i = 0; i < listed.size(); i++) {
            detail.append(i == 0 ? "" : "; ").append(listed.get(i).field()).append(": ").append(listed.get(i).reason());
        }
        String text = listed.isEmpty() ? "Invalid request" : detail.toString();
        if (text.length() > MAX_DETAIL_LENGTH) {
            text = text.substring(0, MAX_DETAIL_LENGTH - 1) + "…";
        }
        return new ApiProblem(400, "validation", "Invalid request", text, null, listed);
    }

    /** 404: no {@code what} has this id. */
    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "not-found", "Not found", what + " " + id + " does not exist", null, null);
    }

    /** 409: the request conflicts with the current state (duplicate, stale version, state machine). */
    public static ApiProblem conflict(String typeSlug, String detail) {
        return new ApiProblem(409, typeSlug, "Conflict", detail, null, null);
    }

    /** 422: a well-formed request that breaks the named business rule. */
    public static ApiProblem businessRule(String rule, String detail) {
        return new ApiProblem(422, "business-rule", "Business rule broken", detail, rule, null);
    }

    /** 422 on one field: a well-formed value that a business rule refuses. */
    public static ApiProblem businessRule(String rule, String field, String reason) {
        return new ApiProblem(422, "business-rule", "Business rule broken", field + ": " + reason, rule,
                List.of(new FieldViolation(field, reason)));
    }

    /** 412: the If-Match version is not the current one. */
    public static ApiProblem preconditionFailed(long expected, long current) {
        return new ApiProblem(412, "precondition-failed", "Precondition failed",
                "If-Match names version " + expected + " but the current version is " + current, null,
                List.of(new FieldViolation("If-Match", "stale version " + expected + ", current is " + current)));
    }

    /** 428: an update without If-Match. */
    public static ApiProblem preconditionRequired() {
        return new ApiProblem(428, "precondition-required", "Precondition required",
                "Send If-Match with the ETag of the version you are changing", null,
                List.of(new FieldViolation("If-Match", "required")));
    }

    /**
     * 503: a service this request needs cannot be reached. The request had written nothing yet, which the answer to a
     * write says ({@link #problemFor}).
     */
    public static ApiProblem serviceUnavailable(String service, String reason) {
        return new ApiProblem(503, "dependency-unavailable", "Service unavailable",
                service + " is unavailable (" + reason + ")", null, null, true);
    }

    /** 503: the service's own database cannot be reached; whether a write was stored is not known to the service. */
    public static ApiProblem databaseUnavailable() {
        return new ApiProblem(503, "database-unavailable", "Service unavailable",
                "The service's database is unavailable; retry later", null, null);
    }
}
