package cn.songjiang.budget.support.problem;

import java.util.List;

/**
 * The exception services throw to answer with a problem+json error. The global mapper turns it into a
 * response; nothing else needs to build error bodies.
 */
public class ApiProblem extends RuntimeException {

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

    /** 400: several fields of the request are malformed. */
    public static ApiProblem badRequest(List<FieldViolation> violations) {
        String detail = violations.stream().map(v -> v.field() + ": " + v.reason())
                .reduce((a, b) -> a + "; " + b).orElse("Invalid request");
        return new ApiProblem(400, "validation", "Invalid request", detail, null, violations);
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
