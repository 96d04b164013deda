package cn.songjiang.budget.console.rest;

import cn.songjiang.budget.console.client.ProviderProblem;
import cn.songjiang.budget.console.service.WriteOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a form's typed fields. A value that cannot be read is refused here, beside its field, the way a service
 * refuses it; nothing is sent.
 */
final class FormValues {

    private final List<ProviderProblem.Violation> violations = new ArrayList<>();

    BigDecimal amount(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new ProviderProblem.Violation(field, "必填 / required"));
            }
            return null;
        }
        try {
            return new BigDecimal(value.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            violations.add(new ProviderProblem.Violation(field, "不是有效金额 / not an amount"));
            return null;
        }
    }

    LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(new ProviderProblem.Violation(field, "必填 / required"));
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(new ProviderProblem.Violation(field, "日期格式 yyyy-MM-dd / date as yyyy-MM-dd"));
            return null;
        }
    }

    /** A positive whole number such as an id or a number of days; null when left empty and not required. */
    Long whole(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new ProviderProblem.Violation(field, "必填 / required"));
            }
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            violations.add(new ProviderProblem.Violation(field, "不是整数 / not a whole number"));
            return null;
        }
    }

    /** A decimal such as a daily interest rate; null when left empty. */
    BigDecimal decimal(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            violations.add(new ProviderProblem.Violation(field, "不是有效数字 / not a number"));
            return null;
        }
    }

    /** A date that may be left empty. */
    LocalDate optionalDate(String field, String value) {
        return value == null || value.isBlank() ? null : date(field, value);
    }

    /** The text as typed, or null when nothing was typed (the field is then left out of the request). */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean valid() {
        return violations.isEmpty();
    }

    WriteOutcome refusedField(String field, String reason) {
        violations.add(new ProviderProblem.Violation(field, reason));
        return refused();
    }

    WriteOutcome refused() {
        return new WriteOutcome(new ProviderProblem(null, "Invalid request", 400, "请检查标出的字段 / check the marked fields",
                null, List.copyOf(violations)));
    }
}
