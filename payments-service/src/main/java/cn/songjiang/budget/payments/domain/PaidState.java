package cn.songjiang.budget.payments.domain;

import cn.songjiang.budget.support.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an installment's payments that count (not reversed) make of it: what is paid, the status that follows and the
 * baseline of its late-payment interest (see {@link LatePaymentInterest#baseline}).
 */
public record PaidState(BigDecimal paidAmount, InstallmentStatus status, BigDecimal interestBase,
        LocalDate interestFrom) {

    /**
     * The state of an installment of {@code amount}, due on {@code dueDate}, now in {@code status}, after
     * {@code payments}; a pending or cancelled installment keeps its status.
     */
    public static PaidState after(InstallmentStatus status, BigDecimal amount, LocalDate dueDate, BigDecimal dailyRate,
            List<LatePaymentInterest.Paid> payments) {
        BigDecimal paid = payments.stream().map(LatePaymentInterest.Paid::amount).reduce(Money.ZERO, BigDecimal::add);
        LatePaymentInterest.Baseline baseline = LatePaymentInterest.baseline(amount, dueDate, payments, dailyRate);
        return new PaidState(paid, status.settled(amount, paid), baseline.base(), baseline.from());
    }
}
