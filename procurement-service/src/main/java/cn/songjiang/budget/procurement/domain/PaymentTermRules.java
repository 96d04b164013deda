package cn.songjiang.budget.procurement.domain;

import java.math.BigDecimal;

/**
 * Payment-term settings of 保障中小企业款项支付条例 (国务院令第728号, revised by 第802号): pay an SME within
 * {@code defaultDays} (30) of delivery or acceptance; a contract may agree longer, never more than
 * {@code smeMaximumDays} (60); an agreed late-payment rate may not be below the 1-year LPR at signing
 * ({@code minimumAnnualLateRate}). {@code maximumDays} bounds the term for any supplier.
 */
public record PaymentTermRules(int defaultDays, int smeMaximumDays, int maximumDays, BigDecimal minimumAnnualLateRate) {

    /** The statutory values, with the 1-year LPR of 3.0 % published on 2025-05-20. */
    public static final PaymentTermRules STATUTORY = new PaymentTermRules(30, 60, 365, new BigDecimal("0.0300"));

    public PaymentTermRules {
        if (defaultDays < 1 || smeMaximumDays < defaultDays || maximumDays < smeMaximumDays) {
            throw new IllegalArgumentException("need 1 <= defaultDays <= smeMaximumDays <= maximumDays");
        }
    }
}
