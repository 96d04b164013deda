package cn.songjiang.budget.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RFC 9457 problem details, the body of every error answer ({@code application/problem+json}).
 *
 * <p>{@code violations} lists the invalid fields of a 400; {@code rule} names the business rule a 422 broke;
 * {@code errorId} ties a 500 to its log line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Stable URI of the problem type", maxLength = 200, format = "uri",
                example = "urn:budget:problem:validation") String type,
        @Schema(maxLength = 200, pattern = "^.+$", example = "Invalid request") String title,
        @Schema(minimum = "100", maximum = "599", example = "400") int status,
        @Schema(maxLength = 4000, pattern = "^.*$", example = "amount: must be greater than 0",
                description = "What was wrong; with more than 20 violations it starts with their number") String detail,
        @Schema(description = "The request path", maxLength = 2000, format = "uri-reference",
                example = "/api/v1/projects") String instance,
        @Schema(description = "Business rule broken (422 only)", maxLength = 100, pattern = "^[a-z0-9-]+$",
                example = "plan-exceeds-project-budget") String rule,
        @Schema(description = "Identifier of the error in the service log (500 only)", format = "uuid",
                maxLength = 36) String errorId,
        @Schema(maxItems = 20, description = "The invalid fields of a 400, at most the first 20") List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:budget:problem:";

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, rule, errorId, violations);
    }
}
