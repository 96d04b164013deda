package cn.songjiang.budget.procurement.rest;

import cn.songjiang.budget.support.problem.ApiProblem;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads optional query parameters as text so that a malformed one is a 400 whose reason says what is expected
 * (a positive whole number, one of the listed values), and enum values are read in any case. A typed parameter
 * that fails to convert is a 400 as well ({@code ProblemMappers}), but its reason only says "has the wrong type
 * or format".
 */
final class QueryParams {

    private QueryParams() {
    }

    static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiProblem.badRequest(name, "must be a positive whole number");
    }

    static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, "must be a whole number");
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
