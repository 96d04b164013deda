package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.ExpectedDates;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.support.money.Money;
import cn.songjiang.budget.payments.domain.PaymentDeadlines;
import cn.songjiang.budget.payments.domain.Trigger;
import cn.songjiang.budget.payments.repository.UnpaidInstallmentsRepository;
import cn.songjiang.budget.payments.repository.UnpaidInstallmentsRepository.Unpaid;
import cn.songjiang.budget.support.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cash forecast: what leaves the account each month. Payable installments count on their due date (those
 * already late, today); installments whose trigger has not happened count on the due date the expected trigger
 * date would give (see {@link ExpectedDates}).
 */
@ApplicationScoped
public class ForecastService {

    public static final int MAX_MONTHS = 60;

    private final UnpaidInstallmentsRepository unpaid;
    private final ExpectedDates expectedDates;
    private final PaymentDeadlines deadlines;

    public ForecastService(UnpaidInstallmentsRepository unpaid, ExpectedDates expectedDates,
            PaymentDeadlines deadlines) {
        this.unpaid = unpaid;
        this.expectedDates = expectedDates;
        this.deadlines = deadlines;
    }

    /**
     * The outflow of each month of the range, what is already overdue (also counted in the first month), what
     * falls after the range, what no known date allows to place, and the sum of all of it; amounts in CNY.
     */
    public record Forecast(LocalDate asOf, YearMonth from, YearMonth to, List<Month> months, BigDecimal overdue,
            BigDecimal later, BigDecimal unscheduled, BigDecimal total) {
    }

    /** One month: payable installments by due date, the others by their expected due date. */
    public record Month(YearMonth month, BigDecimal due, BigDecimal expected, BigDecimal total, int installments) {
    }

    private static final class Bucket {
        BigDecimal due = Money.ZERO;
        BigDecimal expected = Money.ZERO;
        int installments;
    }

    /** The outflow of {@code monthCount} months from {@code from} (default: the month of {@code asOf}). */
    public Forecast forecast(LocalDate asOf, YearMonth from, int monthCount, Long projectId,
            Integer fiscalYear) {
        if (monthCount < 1 || monthCount > MAX_MONTHS) {
            throw ApiProblem.badRequest("months", "must be between 1 and " + MAX_MONTHS);
        }
        YearMonth first = from != null ? from : YearMonth.from(asOf);
        YearMonth last = first.plusMonths(monthCount - 1L);
        Map<YearMonth, Bucket> months = new TreeMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month, new Bucket());
        }
        BigDecimal[] overdue = {Money.ZERO};
        BigDecimal[] later = {Money.ZERO};
        BigDecimal[] unscheduled = {Money.ZERO};
        BigDecimal[] total = {Money.ZERO};
        unpaid.forEach(projectId, fiscalYear, installment -> {
            BigDecimal amount = installment.outstanding();
            if (amount.signum() <= 0) {
                return;
            }
            boolean payable = installment.status() != InstallmentStatus.PENDING;
            LocalDate due = payable ? installment.dueDate() : expectedDue(installment);
            if (due == null) {
                unscheduled[0] = unscheduled[0].add(amount);
                total[0] = total[0].add(amount);
                return;
            }
            if (payable && due.isBefore(asOf)) {
                overdue[0] = overdue[0].add(amount);
            }
            YearMonth month = YearMonth.from(ExpectedDates.expectedPayment(due, asOf));
            if (month.isAfter(last)) {
                later[0] = later[0].add(amount);
            } else {
                // Anything expected before the range (only possible when "from" is in the future) opens it.
                Bucket bucket = months.get(month.isBefore(first) ? first : month);
                if (payable) {
                    bucket.due = bucket.due.add(amount);
                } else {
                    bucket.expected = bucket.expected.add(amount);
                }
                bucket.installments += installment.count();
            }
            total[0] = total[0].add(amount);
        });
        List<Month> rows = new ArrayList<>();
        months.forEach((month, bucket) -> rows.add(new Month(month, bucket.due, bucket.expected,
                bucket.due.add(bucket.expected), bucket.installments)));
        return new Forecast(asOf, first, last, rows, overdue[0], later[0], unscheduled[0], total[0]);
    }

    private LocalDate expectedDue(Unpaid installment) {
        LocalDate event = expectedDates.expectedEvent(
                new ExpectedDates.InstallmentFacts(installment.trigger(), installment.serviceMonths(),
                        installment.fixedDate(), installment.installmentPeriodEnd()),
                new ExpectedDates.PlanFacts(installment.signedDate(), installment.periodStart(),
                        installment.periodEnd()));
        if (event == null) {
            return null;
        }
        if (installment.trigger() == Trigger.FIXED_DATE) {
            return event;
        }
        return deadlines.afterEvent(installment.trigger(), event, installment.paymentTermDays(),
                installment.supplierSize()).dueDate();
    }
}
