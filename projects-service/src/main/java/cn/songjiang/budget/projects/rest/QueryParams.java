package cn.songjiang.budget.projects.rest;

import cn.songjiang.budget.support.problem.ApiProblem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Pattern;

/** Reads optional query parameters, answering 400 with the parameter's name when one is malformed. */
final class QueryParams {

    /** The amounts the API reads, as its document declares them. */
    static final String AMOUNT_PATTERN = "^[0-9]{1,13}(\\.[0-9]{1,2})?$";
    private static final Pattern AMOUNT = Pattern.compile(AMOUNT_PATTERN);

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A non-negative amount in 元 with at most two decimals: up to 13 digits, a point and up to 2 digits. */
    static BigDecimal amount(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!AMOUNT.matcher(value.strip()).matches()) {
            throw ApiProblem.badRequest(name, "must be an amount of 0 or more in 元 with at most two decimals, "
                    + "such as 1000000.00");
        }
        return new BigDecimal(value.strip());
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
