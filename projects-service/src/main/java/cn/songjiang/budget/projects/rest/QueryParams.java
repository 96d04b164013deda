package cn.songjiang.budget.projects.rest;

import cn.songjiang.budget.support.problem.ApiProblem;
import java.math.BigDecimal;
import java.util.Arrays;

/** Reads optional query parameters, answering 400 with the parameter's name when one is malformed. */
final class QueryParams {

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

    /** A non-negative amount in 元 with at most two decimals. */
    static BigDecimal amount(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, "must be an amount in 元 such as 1000000.00");
        }
        if (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 13) {
            throw ApiProblem.badRequest(name, "must be an amount of 0 or more in 元 with at most two decimals");
        }
        return amount;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
