package cn.songjiang.budget.payments.domain;

import cn.songjiang.budget.support.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The settlement periods of a recurring plan paid by actuals (monthly payroll, quarterly reimbursement,
 * monthly bills) over a service period, each with an estimated amount that the actual later replaces.
 */
public final class RecurringSchedule {

    /** Ten years of monthly settlements: more is a typing error, not a plan. */
    public static final int MAX_PERIODS = 120;

    /** One settlement period, both ends inclusive. */
    public record Period(int sequence, LocalDate start, LocalDate end, BigDecimal estimatedAmount) {
    }

    private RecurringSchedule() {
    }

    /**
     * Periods of {@code recurrence} from {@code start} to {@code end} (inclusive), anchored on the start day.
     * The estimate is spread by period length: every full period gets the same share, a shorter last period a
     * share in proportion to the days it covers; each share is rounded to the fen and the last takes the
     * remainder so the estimates sum to {@code total} exactly.
     */
    public static List<Period> plan(LocalDate start, LocalDate end, Recurrence recurrence, BigDecimal total) {
        BigDecimal value = PaymentAmounts.exact(total);
        if (value.signum() < 0) {
            throw new PaymentRuleException(RuleNames.NEGATIVE_VALUE, "the estimated total cannot be negative");
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw new PaymentRuleException(RuleNames.SERVICE_PERIOD,
                    "the service period must have a start on or before its end");
        }
        List<LocalDate[]> bounds = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        for (int i = 0; ; i++) {
            LocalDate periodStart = start.plusMonths((long) i * recurrence.months());
            if (periodStart.isAfter(end)) {
                break;
            }
            if (bounds.size() == MAX_PERIODS) {
                throw new PaymentRuleException(RuleNames.SERVICE_PERIOD,
                        "a recurring plan may have at most " + MAX_PERIODS + " periods");
            }
            LocalDate fullEnd = start.plusMonths((long) (i + 1) * recurrence.months()).minusDays(1);
            LocalDate periodEnd = fullEnd.isAfter(end) ? end : fullEnd;
            bounds.add(new LocalDate[] {periodStart, periodEnd});
            long covered = ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
            long full = ChronoUnit.DAYS.between(periodStart, fullEnd) + 1;
            weights.add(covered == full ? BigDecimal.ONE
                    : BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(full), MathContext.DECIMAL64));
        }
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Period> periods = new ArrayList<>(bounds.size());
        BigDecimal allocated = Money.ZERO;
        for (int i = 0; i < bounds.size(); i++) {
            BigDecimal amount;
            if (i == bounds.size() - 1) {
                amount = value.subtract(allocated);
            } else {
                amount = Money.rounded(value.multiply(weights.get(i)).divide(weightSum, MathContext.DECIMAL64));
                allocated = allocated.add(amount);
            }
            if (amount.signum() < 0) {
                throw new PaymentRuleException(RuleNames.VALUE_TOO_SMALL,
                        "estimate " + value.toPlainString() + " is too small to spread over " + bounds.size()
                                + " periods to the fen");
            }
            periods.add(new Period(i + 1, bounds.get(i)[0], bounds.get(i)[1], amount));
        }
        return List.copyOf(periods);
    }
}
