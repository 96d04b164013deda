package cn.songjiang.budget.procurement.service;

import cn.songjiang.budget.procurement.domain.PaymentTermRules;
import cn.songjiang.budget.procurement.domain.RuleNames;
import cn.songjiang.budget.procurement.domain.SupplierSize;
import cn.songjiang.budget.support.problem.ApiProblem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The payment term a contract may agree, by 保障中小企业款项支付条例 (国务院令第728号, revised by 第802号, in
 * force since 2025-06-01): 30 days from delivery or acceptance unless agreed otherwise, never more than 60
 * days for a small or medium supplier (size frozen at signing), and an agreed late-payment rate not below the
 * 1-year LPR at signing.
 */
public final class PaymentTermPolicy {

    /** Days in the year by which an annual rate becomes a daily one (the 人民银行 convention for 日利率). */
    static final BigDecimal DAYS_PER_YEAR = new BigDecimal("360");

    private final PaymentTermRules rules;

    public PaymentTermPolicy(PaymentTermRules rules) {
        this.rules = Objects.requireNonNull(rules);
    }

    public PaymentTermRules rules() {
        return rules;
    }

    /** The agreed term in days: the requested one when allowed, the default when none is requested. */
    public int agreedDays(Integer requestedDays, SupplierSize sizeAtSigning) {
        if (requestedDays == null) {
            return rules.defaultDays();
        }
        if (requestedDays < 1) {
            throw ApiProblem.businessRule(RuleNames.PAYMENT_TERM_POSITIVE, "paymentTermDays",
                    "must be at least 1 day, was " + requestedDays);
        }
        if (sizeAtSigning.isSme() && requestedDays > rules.smeMaximumDays()) {
            throw ApiProblem.businessRule(RuleNames.SME_PAYMENT_TERM_MAXIMUM, "paymentTermDays",
                    requestedDays + " days is longer than the " + rules.smeMaximumDays() + " days 保障中小企业款项支付条例 "
                            + "allows for a " + sizeAtSigning + " supplier");
        }
        if (requestedDays > rules.maximumDays()) {
            throw ApiProblem.businessRule(RuleNames.PAYMENT_TERM_MAXIMUM, "paymentTermDays",
                    requestedDays + " days is longer than the configured maximum of " + rules.maximumDays());
        }
        return requestedDays;
    }

    /**
     * Checks an agreed late-payment rate (fraction per day). Null means none agreed; payments then apply the
     * statutory 0.05 % per day. For an SME supplier the agreed rate may not be below the 1-year LPR.
     */
    public BigDecimal agreedLatePaymentDailyRate(BigDecimal dailyRate, SupplierSize sizeAtSigning) {
        if (dailyRate == null) {
            return null;
        }
        if (dailyRate.signum() <= 0 || dailyRate.compareTo(BigDecimal.ONE) >= 0) {
            throw ApiProblem.businessRule(RuleNames.LATE_PAYMENT_RATE_RANGE, "latePaymentDailyRate",
                    "must be a fraction per day above 0 and below 1, e.g. 0.0005");
        }
        BigDecimal minimumDaily = minimumDailyLateRate();
        if (sizeAtSigning.isSme() && dailyRate.compareTo(minimumDaily) < 0) {
            throw ApiProblem.businessRule(RuleNames.LATE_PAYMENT_RATE_MINIMUM, "latePaymentDailyRate",
                    dailyRate.toPlainString() + " per day is below the 1-year LPR of "
                            + rules.minimumAnnualLateRate().toPlainString() + " a year (" + minimumDaily.toPlainString()
                            + " per day) that 保障中小企业款项支付条例 sets as the floor");
        }
        return dailyRate;
    }

    BigDecimal minimumDailyLateRate() {
        return rules.minimumAnnualLateRate().divide(DAYS_PER_YEAR, 8, RoundingMode.UP);
    }
}
