package cn.songjiang.budget.payments.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The fiscal close (财政关账) of each fiscal year. Clauses that say 11月上旬（财政关账前） mean a date before the
 * books close; by default that is 10 November of the fiscal year, and the day is configuration.
 */
public final class FiscalCalendar {

    public static final MonthDay DEFAULT_CLOSE = MonthDay.of(11, 10);

    private final MonthDay close;

    public FiscalCalendar(MonthDay close) {
        this.close = close;
    }

    /** The fiscal-close payment date of {@code fiscalYear}. */
    public LocalDate closeDate(int fiscalYear) {
        return close.atYear(fiscalYear);
    }
}
