package cn.songjiang.budget.support.openapi;

/**
 * Examples, for the OpenAPI documents, of the problems the shared mechanisms answer the same way in every service
 * (ETags: a stale or missing If-Match).
 */
public final class ProblemExamples {

    public static final String PRECONDITION_FAILED = """
            {"type": "urn:budget:problem:precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "If-Match names version 0 but the current version is 1",
             "violations": [{"field": "If-Match", "reason": "stale version 0, current is 1"}]}""";

    public static final String PRECONDITION_REQUIRED = """
            {"type": "urn:budget:problem:precondition-required", "title": "Precondition required", "status": 428,
             "detail": "Send If-Match with the ETag of the version you are changing",
             "violations": [{"field": "If-Match", "reason": "required"}]}""";

    private ProblemExamples() {
    }
}
