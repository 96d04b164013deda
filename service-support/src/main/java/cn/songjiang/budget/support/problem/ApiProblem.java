package cn.songjiang.budget.support.problem;

import java.util.List;

/**
 * The exception services throw to answer with a problem+json error. The global mapper turns it into a
 * response; nothing else needs to build error bodies.
 */
public class ApiProblem extends RuntimeException {

    /** The most violations a problem lists (the Problem schema's maxItems). */
    public static final int MAX_VIOLATIONS = 20;
    /** The longest detail (the Problem schema's maxLength). */
    public static final int MAX_DETAIL_LENGTH = 4000;

    private final transient Problem problem;

    public ApiProblem(int status, String typeSlug, String title, String detail, String rule,
            List<FieldViolation> violations) {
        super(detail);
        this.problem = new Problem(Problem.TYPE_PREFIX + typeSlug, title, status, detail, null, rule, null,
                violations == null || violations.isEmpty() ? null : List.copyOf(violations));
    }

    public Problem problem() {
        return problem;
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

    /** 503: a service this request needs cannot be reached; nothing was written. */
    public static ApiProblem serviceUnavailable(String service, String reason) {
        return new ApiProblem(503, "dependency-unavailable", "Service unavailable",
                service + " is unavailable (" + reason + "); nothing was stored", null, null);
    }
}
