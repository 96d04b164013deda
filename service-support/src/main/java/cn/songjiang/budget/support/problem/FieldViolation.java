package cn.songjiang.budget.support.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field of a request: where it is and why it was refused. */
@Schema(name = "FieldViolation", description = "One invalid field of a request")
public record FieldViolation(
        @Schema(description = "Path of the field in the request", maxLength = 200, pattern = "^.+$",
                example = "installments[0].percent") String field,
        @Schema(description = "Why it was refused", maxLength = 1000, pattern = "^.+$",
                example = "must be greater than 0") String reason) {
}
