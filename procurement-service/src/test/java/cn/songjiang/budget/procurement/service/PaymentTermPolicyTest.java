package cn.songjiang.budget.procurement.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.songjiang.budget.procurement.domain.PaymentTermRules;
import cn.songjiang.budget.procurement.domain.RuleNames;
import cn.songjiang.budget.procurement.domain.SupplierSize;
import cn.songjiang.budget.support.problem.ApiProblem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaymentTermPolicyTest {

    static final PaymentTermPolicy POLICY = new PaymentTermPolicy(PaymentTermRules.STATUTORY);
    static final BigDecimal STATUTORY_DEFAULT_RATE = new BigDecimal("0.0005");
    /** 3.0 % a year / 360 = 0.0000833… per day: just below it is refused. */
    static final BigDecimal BELOW_LPR_DAILY = new BigDecimal("0.00008");

    @ParameterizedTest
    @EnumSource(SupplierSize.class)
    void defaultsTo30DaysWhenTheContractNamesNoTerm(SupplierSize size) {
        assertEquals(30, POLICY.agreedDays(null, size));
    }

    @ParameterizedTest
    @EnumSource(value = SupplierSize.class, names = {"MEDIUM", "SMALL", "MICRO"})
    void allowsAnSmeTermOfExactly60Days(SupplierSize size) {
        assertEquals(60, POLICY.agreedDays(60, size));
    }

    @ParameterizedTest
    @EnumSource(value = SupplierSize.class, names = {"MEDIUM", "SMALL", "MICRO"})
    void refusesAnSmeTermOf61Or90Days(SupplierSize size) {
        assertRule(RuleNames.SME_PAYMENT_TERM_MAXIMUM, () -> POLICY.agreedDays(61, size));
        assertRule(RuleNames.SME_PAYMENT_TERM_MAXIMUM, () -> POLICY.agreedDays(90, size));
    }

    @Test
    void allowsALargeSupplierALongerTermUpToTheConfiguredMaximum() {
        assertEquals(90, POLICY.agreedDays(90, SupplierSize.LARGE));
        assertRule(RuleNames.PAYMENT_TERM_MAXIMUM, () -> POLICY.agreedDays(366, SupplierSize.LARGE));
    }

    @Test
    void refusesATermOfZeroDays() {
        assertRule(RuleNames.PAYMENT_TERM_POSITIVE, () -> POLICY.agreedDays(0, SupplierSize.LARGE));
    }

    @Test
    void followsTheConfiguredSmeMaximum() {
        PaymentTermPolicy stricter = new PaymentTermPolicy(new PaymentTermRules(30, 45, 365, new BigDecimal("0.03")));
        assertRule(RuleNames.SME_PAYMENT_TERM_MAXIMUM, () -> stricter.agreedDays(60, SupplierSize.SMALL));
    }

    @Test
    void leavesTheLatePaymentRateEmptyWhenNoneIsAgreed() {
        assertNull(POLICY.agreedLatePaymentDailyRate(null, SupplierSize.SMALL));
    }

    @Test
    void acceptsTheStatutoryDailyRateAsAnAgreedRate() {
        assertEquals(STATUTORY_DEFAULT_RATE, POLICY.agreedLatePaymentDailyRate(STATUTORY_DEFAULT_RATE, SupplierSize.MICRO));
    }

    @Test
    void refusesAnSmeLatePaymentRateBelowTheOneYearLpr() {
        assertRule(RuleNames.LATE_PAYMENT_RATE_MINIMUM,
                () -> POLICY.agreedLatePaymentDailyRate(BELOW_LPR_DAILY, SupplierSize.SMALL));
        assertEquals(BELOW_LPR_DAILY, POLICY.agreedLatePaymentDailyRate(BELOW_LPR_DAILY, SupplierSize.LARGE));
    }

    @Test
    void refusesARateThatIsNotAFractionPerDay() {
        assertRule(RuleNames.LATE_PAYMENT_RATE_RANGE,
                () -> POLICY.agreedLatePaymentDailyRate(BigDecimal.ZERO, SupplierSize.LARGE));
        assertRule(RuleNames.LATE_PAYMENT_RATE_RANGE,
                () -> POLICY.agreedLatePaymentDailyRate(new BigDecimal("5"), SupplierSize.LARGE));
    }

    private static void assertRule(String rule, Runnable call) {
        ApiProblem problem = assertThrows(ApiProblem.class, call::run);
        assertEquals(422, problem.status());
        assertEquals(rule, problem.problem().rule());
    }
}
