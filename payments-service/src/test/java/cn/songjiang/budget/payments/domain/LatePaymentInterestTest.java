package cn.songjiang.budget.payments.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.songjiang.budget.payments.domain.LatePaymentInterest.Paid;
import cn.songjiang.budget.support.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatePaymentInterestTest {

    private static final BigDecimal AMOUNT_DUE = new BigDecimal("300000.01");
    private static final LocalDate DUE = LocalDate.of(2026, 4, 1);
    private static final BigDecimal STATUTORY = LatePaymentInterest.STATUTORY_DAILY_RATE;

    @Test
    void fifteenDaysLateAtTheStatutoryRateOnTheWholeAmount() {
        BigDecimal interest = LatePaymentInterest.accrued(AMOUNT_DUE, DUE, List.of(), DUE.plusDays(15), STATUTORY);

        // 300,000.01 × 0.0005 × 15 = 2,250.000075
        assertEquals(new BigDecimal("2250.00"), interest);
    }

    @Test
    void noInterestUpToAndIncludingTheDueDate() {
        assertEquals(Money.ZERO, LatePaymentInterest.accrued(AMOUNT_DUE, DUE, List.of(), DUE, STATUTORY));
        assertEquals(Money.ZERO, LatePaymentInterest.accrued(AMOUNT_DUE, DUE, List.of(), DUE.minusDays(5),
                STATUTORY));
    }

    @Test
    void anAgreedRateReplacesTheStatutoryOne() {
        BigDecimal agreed = new BigDecimal("0.0003");

        assertEquals(new BigDecimal("900.00"),
                LatePaymentInterest.accrued(new BigDecimal("100000.00"), DUE, List.of(), DUE.plusDays(30), agreed));
    }

    @Test
    void aPartialLatePaymentStopsInterestOnThePaidPartFromItsDate() {
        List<Paid> payments = List.of(new Paid(DUE.plusDays(10), new BigDecimal("60000.00")));

        BigDecimal interest = LatePaymentInterest.accrued(new BigDecimal("100000.00"), DUE, payments,
                DUE.plusDays(20), STATUTORY);

        // 10 days on 100,000.00 (500.00) + 10 days on 40,000.00 (200.00)
        assertEquals(new BigDecimal("700.00"), interest);
    }

    @Test
    void aPaymentBeforeTheDueDateReducesTheLateAmount() {
        List<Paid> payments = List.of(new Paid(DUE.minusDays(3), new BigDecimal("90000.00")));

        assertEquals(new BigDecimal("50.00"), LatePaymentInterest.accrued(new BigDecimal("100000.00"), DUE, payments,
                DUE.plusDays(10), STATUTORY));
    }

    @Test
    void aPaymentAfterTheReportingDateIsNotYetCounted() {
        List<Paid> payments = List.of(new Paid(DUE.plusDays(30), new BigDecimal("100000.00")));

        assertEquals(new BigDecimal("250.00"), LatePaymentInterest.accrued(new BigDecimal("100000.00"), DUE, payments,
                DUE.plusDays(5), STATUTORY));
    }

    @Test
    void fullyPaidInstallmentStopsAccruing() {
        List<Paid> payments = List.of(new Paid(DUE.plusDays(2), new BigDecimal("100000.00")));

        assertEquals(new BigDecimal("100.00"), LatePaymentInterest.accrued(new BigDecimal("100000.00"), DUE, payments,
                DUE.plusDays(200), STATUTORY));
    }

    @Test
    void interestIsRoundedHalfUpToTheFen() {
        // 333.33 × 0.0005 × 3 = 0.499995
        assertEquals(new BigDecimal("0.50"),
                LatePaymentInterest.accrued(new BigDecimal("333.33"), DUE, List.of(), DUE.plusDays(3), STATUTORY));
    }

    @Test
    void smeWithoutAgreedRateGetsTheStatutoryRateAndALargeSupplierNone() {
        assertEquals(STATUTORY, LatePaymentInterest.dailyRate(null, SupplierSize.MICRO));
        assertEquals(0, LatePaymentInterest.dailyRate(null, SupplierSize.LARGE).signum());
        assertEquals(new BigDecimal("0.0002"), LatePaymentInterest.dailyRate(new BigDecimal("0.0002"),
                SupplierSize.LARGE));
    }
}
