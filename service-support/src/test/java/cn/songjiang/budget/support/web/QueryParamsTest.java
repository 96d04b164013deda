package cn.songjiang.budget.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.songjiang.budget.support.problem.ApiProblem;
import cn.songjiang.budget.support.problem.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class QueryParamsTest {

    enum Colour { RED, DARK_GREEN }

    private static void refused(String name, String reason, Executable read) {
        Problem problem = assertThrows(ApiProblem.class, read).problem();
        assertEquals(400, problem.status());
        assertEquals(name, problem.violations().get(0).field());
        assertEquals(reason, problem.violations().get(0).reason());
    }

    @Test
    void absentOrBlankValuesAreNull() {
        assertNull(QueryParams.text("  "));
        assertNull(QueryParams.id("projectId", null));
        assertNull(QueryParams.oneOf("colour", " ", Colour.class));
        assertNull(QueryParams.date("asOf", null));
        assertEquals(EnumSet.noneOf(Colour.class), QueryParams.manyOf("colour", null, Colour.class));
    }

    @Test
    void enumValuesAreReadInAnyCaseAfterStripping() {
        assertEquals(Colour.DARK_GREEN, QueryParams.oneOf("colour", " dark_green ", Colour.class));
        assertEquals(Colour.RED, QueryParams.oneOf("colour", "RED", Colour.class));
        assertEquals(EnumSet.allOf(Colour.class),
                QueryParams.manyOf("colour", List.of("red, DARK_GREEN", "Red"), Colour.class));
    }

    @Test
    void anUnknownEnumValueNamesTheParameterAndTheAllowedValues() {
        refused("colour", "must be one of [RED, DARK_GREEN]", () -> QueryParams.oneOf("colour", "blue", Colour.class));
        refused("colour", "must be one of [RED, DARK_GREEN]",
                () -> QueryParams.manyOf("colour", List.of("RED,blue"), Colour.class));
    }

    @Test
    void numbersAmountsAndBooleansAreCheckedWithTheirReason() {
        assertEquals(42L, QueryParams.id("projectId", " 42 "));
        refused("projectId", "must be a positive whole number", () -> QueryParams.id("projectId", "0"));
        refused("projectId", "must be a positive whole number", () -> QueryParams.id("projectId", "x"));
        assertEquals(2026, QueryParams.integer("fiscalYear", "2026"));
        refused("fiscalYear", "must be a whole number", () -> QueryParams.integer("fiscalYear", "2026.5"));
        assertEquals(new BigDecimal("1000000.00"), QueryParams.amount("minAmount", "1000000.00"));
        refused("minAmount", "must be an amount of 0 or more in 元 with at most two decimals, such as 1000000.00",
                () -> QueryParams.amount("minAmount", "1.005"));
        assertEquals(Boolean.TRUE, QueryParams.bool("overdue", "true"));
        refused("overdue", "must be true or false", () -> QueryParams.bool("overdue", "yes"));
    }

    @Test
    void datesAndMonthsMustBeWellFormedAndInTheBusinessRange() {
        assertEquals(LocalDate.of(2026, 11, 10), QueryParams.date("asOf", "2026-11-10"));
        refused("asOf", "must be a date like 2026-11-10", () -> QueryParams.date("asOf", "10/11/2026"));
        refused("asOf", "must be between 2000-01-01 and 2100-12-31", () -> QueryParams.date("asOf", "9999-12-31"));
        assertEquals(YearMonth.of(2026, 11), QueryParams.month("from", "2026-11"));
        refused("from", "must be a month like 2026-11", () -> QueryParams.month("from", "2026-13"));
    }
}
