package cn.songjiang.budget.support.json;

import cn.songjiang.budget.support.problem.ApiProblem;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The dates the platform accepts, in bodies and parameters: {@value #EARLIEST} to {@value #LATEST}. Budgets,
 * contracts and payments all fall in it; outside it a date is a typing error (0000-01-01) or more than the
 * database holds (-999999999-01-01), so it is refused with 400. The OpenAPI documents state it (DocumentedLimits).
 */
public final class BusinessDates {

    public static final String EARLIEST = "2000-01-01";
    public static final String LATEST = "2100-12-31";
    public static final LocalDate MIN = LocalDate.parse(EARLIEST);
    public static final LocalDate MAX = LocalDate.parse(LATEST);
    public static final String REASON = "must be between " + EARLIEST + " and " + LATEST;

    private BusinessDates() {
    }

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /** {@code date} (may be null) when in range; 400 naming {@code field} otherwise. */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && !inRange(date)) {
            throw ApiProblem.badRequest(field, REASON);
        }
        return date;
    }

    /** {@code month} (may be null) when its days are in range; 400 naming {@code field} otherwise. */
    public static YearMonth check(String field, YearMonth month) {
        if (month != null && (month.isBefore(YearMonth.from(MIN)) || month.isAfter(YearMonth.from(MAX)))) {
            throw ApiProblem.badRequest(field, "must be between " + EARLIEST.substring(0, 7) + " and "
                    + LATEST.substring(0, 7));
        }
        return month;
    }
}
