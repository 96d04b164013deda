package cn.songjiang.budget.payments.domain;

import cn.songjiang.budget.support.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Late-payment interest accrued on an installment: for every day after the due date, the amount still
 * outstanding that day times the daily rate, rounded to the fen at the end.
 *
 * <p>保障中小企业款项支付条例 (国务院令第728号, revised by 第802号): late payment to an SME carries interest at the
 * agreed rate, or at 万分之五 (0.05%) per day where none was agreed. For suppliers that are not SMEs only an
 * agreed rate applies.
 */
public final class LatePaymentInterest {

    /** 每日利率万分之五: the statutory rate where the contract agrees none. */
    public static final BigDecimal STATUTORY_DAILY_RATE = new BigDecimal("0.0005");

    /** A payment that counts against the installment (reversed payments are left out). */
    public record Paid(LocalDate date, BigDecimal amount) {
    }

    private LatePaymentInterest() {
    }

    /** The daily rate that applies: the agreed one, else the statutory one for an SME, else none. */
    public static BigDecimal dailyRate(BigDecimal agreedDailyRate, SupplierSize sizeAtSigning) {
        if (agreedDailyRate != null) {
            return agreedDailyRate;
        }
        return sizeAtSigning != null && sizeAtSigning.isSme() ? STATUTORY_DAILY_RATE : BigDecimal.ZERO;
    }

    /**
     * Interest accrued from {@code dueDate} up to {@code asOf}. A payment made on day D stops interest on the
     * amount paid from D on; payments on or before the due date simply reduce the amount that can be late;
     * payments after {@code asOf} are not counted yet.
     */
    public static BigDecimal accrued(BigDecimal amountDue, LocalDate dueDate, List<Paid> payments, LocalDate asOf,
            BigDecimal dailyRate) {
        if (dueDate == null) {
            return Money.ZERO;
        }
        List<Paid> upToAsOf = payments.stream().filter(p -> !p.date().isAfter(asOf)).toList();
        Baseline baseline = baseline(amountDue, dueDate, upToAsOf, dailyRate);
        return fromBaseline(baseline.base(), baseline.from(), baseline.outstanding(), dailyRate, asOf);
    }

    /**
     * The interest accrued up to the last late payment, unrounded, so that later interest is a simple product.
     *
     * @param base interest accrued up to {@code from}
     * @param from the due date, or the date of the last payment after it
     * @param outstanding the amount still unpaid after all the payments
     */
    public record Baseline(BigDecimal base, LocalDate from, BigDecimal outstanding) {
    }

    /** The baseline of an installment due on {@code dueDate} after {@code payments}. */
    public static Baseline baseline(BigDecimal amountDue, LocalDate dueDate, List<Paid> payments,
            BigDecimal dailyRate) {
        List<Paid> ordered = payments.stream().sorted(Comparator.comparing(Paid::date)).toList();
        BigDecimal outstanding = amountDue;
        LocalDate from = dueDate;
        BigDecimal base = BigDecimal.ZERO;
        for (Paid paid : ordered) {
            if (paid.date().isAfter(from)) {
                base = base.add(dayInterest(outstanding, from, paid.date(), dailyRate));
                from = paid.date();
            }
            outstanding = outstanding.subtract(paid.amount());
        }
        return new Baseline(base, from, outstanding);
    }

    /**
     * Interest up to {@code asOf} from a baseline: the base plus the outstanding amount times the rate for each
     * day after {@code from}, rounded half up to the fen.
     */
    public static BigDecimal fromBaseline(BigDecimal base, LocalDate from, BigDecimal outstanding,
            BigDecimal dailyRate, LocalDate asOf) {
        if (from == null) {
            return Money.ZERO;
        }
        BigDecimal interest = base;
        if (asOf.isAfter(from)) {
            interest = interest.add(dayInterest(outstanding, from, asOf, dailyRate));
        }
        return Money.rounded(interest);
    }

    private static BigDecimal dayInterest(BigDecimal outstanding, LocalDate from, LocalDate to, BigDecimal rate) {
        if (outstanding.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        return outstanding.multiply(rate).multiply(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to)));
    }
}
