package cn.songjiang.budget.support.problem;

/** One invalid input field of a request: where it is and why it was refused. */
public record FieldViolation(String field, String reason) {
}
