package cn.songjiang.budget.payments.rest;

import cn.songjiang.budget.support.json.BusinessDates;
import cn.songjiang.budget.support.problem.ApiProblem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads query parameters from text so that a malformed one is a 400 whose reason says what is expected (a date
 * like 2026-11-10, one of the listed values). A typed parameter that fails to convert is a 400 as well
 * ({@code ProblemMappers}), but its reason only says "has the wrong type or format".
 */
final class Params {

    private Params() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, "must be a date like 2026-11-10");
        }
        return BusinessDates.check(name, date);
    }

    /** Only {@code true} or {@code false}: JAX-RS would read any other text as false. */
    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiProblem.badRequest(name, "must be true or false");
        };
    }

    static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, "must be a month like 2026-11");
        }
        return BusinessDates.check(name, month);
    }

    static <E extends Enum<E>> E one(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Repeated or comma-separated values. */
    static <E extends Enum<E>> Set<E> many(String name, List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (values == null) {
            return result;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(one(name, part.trim(), type));
                }
            }
        }
        return result;
    }
}
