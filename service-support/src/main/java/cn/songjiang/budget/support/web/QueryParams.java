package cn.songjiang.budget.support.web;

import cn.songjiang.budget.support.json.BusinessDates;
import cn.songjiang.budget.support.problem.ApiProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The one way the services read optional query parameters. Resources take them as text (so the OpenAPI documents
 * keep the schemas they declare) and read them here: a value is stripped of surrounding blanks, an absent one is
 * null, and a malformed one is a 400 problem naming the parameter and saying what is expected (a positive whole
 * number, a date like 2026-11-10, one of the listed values). Enum values are read in any case.
 */
public final class QueryParams {

    /** The amounts the APIs read, as their documents declare them. */
    public static final String AMOUNT_PATTERN = "^[0-9]{1,13}(\\.[0-9]{1,2})?$";
    private static final Pattern AMOUNT = Pattern.compile(AMOUNT_PATTERN);

    private QueryParams() {
    }

    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A positive whole number, such as a record id. */
    public static Long id(String name, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badRequest(name, "must be a positive whole number");
    }

    public static Integer integer(String name, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, "must be a whole number");
        }
    }

    /** A non-negative amount in 元 with at most two decimals: up to 13 digits, a point and up to 2 digits. */
    public static BigDecimal amount(String name, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        if (!AMOUNT.matcher(text).matches()) {
            throw ApiProblem.badRequest(name, "must be an amount of 0 or more in 元 with at most two decimals, "
                    + "such as 1000000.00");
        }
        return new BigDecimal(text);
    }

    /** Only {@code true} or {@code false}: JAX-RS would read any other text as false. */
    public static Boolean bool(String name, String value) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ApiProblem.badRequest(name, "must be true or false");
        };
    }

    /** A date like 2026-11-10 in the business range ({@link BusinessDates}). */
    public static LocalDate date(String name, String value) {
        LocalDate date = parsed(name, value, LocalDate::parse, "must be a date like 2026-11-10");
        return BusinessDates.check(name, date);
    }

    /** A month like 2026-11 in the business range ({@link BusinessDates}). */
    public static YearMonth month(String name, String value) {
        YearMonth month = parsed(name, value, YearMonth::parse, "must be a month like 2026-11");
        return BusinessDates.check(name, month);
    }

    private static <T> T parsed(String name, String value, Function<String, T> parse, String reason) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(name, reason);
        }
    }

    /** One of the enum's values, in any case. */
    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw ApiProblem.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
    }

    /** Any of the enum's values, repeated or comma-separated; none is the empty set. */
    public static <E extends Enum<E>> Set<E> manyOf(String name, List<String> values, Class<E> type) {
        Set<E> result = EnumSet.noneOf(type);
        if (values == null) {
            return result;
        }
        for (String value : values) {
            for (String part : value.split(",")) {
                E constant = oneOf(name, part, type);
                if (constant != null) {
                    result.add(constant);
                }
            }
        }
        return result;
    }
}
