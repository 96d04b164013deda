package cn.songjiang.budget.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecurringScheduleTest {

    private static final LocalDate SERVICE_START = LocalDate.of(2025, 7, 1);
    private static final LocalDate SERVICE_END = LocalDate.of(2026, 6, 30);
    private static final BigDecimal ANNUAL_ESTIMATE = new BigDecimal("1000000.00");

    @Test
    void monthlyPlanOverAServiceYearHasTwelveEqualPeriodsEndingOnMonthEnds() {
        List<RecurringSchedule.Period> periods =
                RecurringSchedule.plan(SERVICE_START, SERVICE_END, Recurrence.MONTHLY, ANNUAL_ESTIMATE);

        assertEquals(12, periods.size());
        assertEquals(LocalDate.of(2025, 7, 31), periods.get(0).end());
        assertEquals(LocalDate.of(2026, 2, 1), periods.get(7).start());
        assertEquals(LocalDate.of(2026, 2, 28), periods.get(7).end());
        assertEquals(SERVICE_END, periods.get(11).end());
        assertEquals(new BigDecimal("83333.33"), periods.get(0).estimatedAmount());
        assertEquals(new BigDecimal("83333.37"), periods.get(11).estimatedAmount());
        assertEquals(ANNUAL_ESTIMATE, sum(periods));
    }

    @Test
    void quarterlyPlanHasFourPeriods() {
        List<RecurringSchedule.Period> periods = RecurringSchedule.plan(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), Recurrence.QUARTERLY, new BigDecimal("10000.00"));

        assertEquals(4, periods.size());
        assertEquals(LocalDate.of(2026, 3, 31), periods.get(0).end());
        assertEquals(LocalDate.of(2026, 10, 1), periods.get(3).start());
        assertEquals(List.of(new BigDecimal("2500.00"), new BigDecimal("2500.00"), new BigDecimal("2500.00"),
                new BigDecimal("2500.00")), periods.stream().map(RecurringSchedule.Period::estimatedAmount).toList());
    }

    @Test
    void aShortLastPeriodGetsAShareInProportionToItsDays() {
        List<RecurringSchedule.Period> periods = RecurringSchedule.plan(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 15), Recurrence.MONTHLY, new BigDecimal("2500.00"));

        assertEquals(3, periods.size());
        assertEquals(LocalDate.of(2026, 3, 15), periods.get(2).end());
        // Full, full, 15 of 31 days: weights 1 + 1 + 0.4839.
        assertEquals(new BigDecimal("1006.49"), periods.get(0).estimatedAmount());
        assertEquals(new BigDecimal("2500.00"), sum(periods));
    }

    @Test
    void estimatesAlwaysSumExactly() {
        Random random = new Random(7);
        for (int i = 0; i < 2_000; i++) {
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(1_000));
            LocalDate end = start.plusDays(random.nextInt(1_500));
            BigDecimal total = BigDecimal.valueOf(10_000L + random.nextInt(1_000_000_000), 2);
            Recurrence recurrence = random.nextBoolean() ? Recurrence.MONTHLY : Recurrence.QUARTERLY;

            assertEquals(total, sum(RecurringSchedule.plan(start, end, recurrence, total)),
                    () -> total + " over " + start + ".." + end);
        }
    }

    @Test
    void refusesAServicePeriodThatEndsBeforeItStarts() {
        PaymentRuleException e = assertThrows(PaymentRuleException.class,
                () -> RecurringSchedule.plan(SERVICE_END, SERVICE_START, Recurrence.MONTHLY, ANNUAL_ESTIMATE));

        assertEquals("service-period", e.rule());
    }

    private static BigDecimal sum(List<RecurringSchedule.Period> periods) {
        return periods.stream().map(RecurringSchedule.Period::estimatedAmount).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }
}
