package cn.songjiang.budget.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.songjiang.budget.payments.domain.LatePaymentInterest.Paid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaidStateTest {

    private static final BigDecimal AMOUNT = new BigDecimal("100000.00");
    private static final LocalDate DUE = LocalDate.of(2026, 4, 1);
    private static final BigDecimal STATUTORY = LatePaymentInterest.STATUTORY_DAILY_RATE;

    private static PaidState after(InstallmentStatus status, Paid... payments) {
        return PaidState.after(status, AMOUNT, DUE, STATUTORY, List.of(payments));
    }

    @Test
    void nothingPaidLeavesAPayableInstallmentDue() {
        PaidState state = after(InstallmentStatus.PARTIALLY_PAID);

        assertEquals(new BigDecimal("0.00"), state.paidAmount());
        assertEquals(InstallmentStatus.DUE, state.status());
        assertEquals(DUE, state.interestFrom());
    }

    @Test
    void paymentsAddUpToPartlyPaidThenPaid() {
        Paid first = new Paid(DUE, new BigDecimal("40000.00"));
        Paid second = new Paid(DUE, new BigDecimal("60000.00"));

        assertEquals(InstallmentStatus.PARTIALLY_PAID, after(InstallmentStatus.DUE, first).status());
        PaidState full = after(InstallmentStatus.PARTIALLY_PAID, first, second);
        assertEquals(new BigDecimal("100000.00"), full.paidAmount());
        assertEquals(InstallmentStatus.PAID, full.status());
    }

    @Test
    void aPendingOrCancelledInstallmentKeepsItsStatus() {
        Paid paid = new Paid(DUE, new BigDecimal("1.00"));

        assertEquals(InstallmentStatus.PENDING, after(InstallmentStatus.PENDING, paid).status());
        assertEquals(InstallmentStatus.CANCELLED, after(InstallmentStatus.CANCELLED, paid).status());
    }

    @Test
    void aLatePaymentMovesTheInterestBaselineToItsDay() {
        PaidState state = after(InstallmentStatus.DUE, new Paid(DUE.plusDays(10), new BigDecimal("60000.00")));

        // 100,000.00 × 0.0005 × 10 days before the payment; interest runs on from its day
        assertEquals(0, new BigDecimal("500.00").compareTo(state.interestBase()));
        assertEquals(DUE.plusDays(10), state.interestFrom());
        assertEquals(InstallmentStatus.PARTIALLY_PAID, state.status());
    }
}
