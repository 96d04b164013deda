package cn.songjiang.budget.payments.rest.dto;

import java.math.BigDecimal;

/** Count and sums of a set of installments, in CNY. */
public record Totals(long installments, BigDecimal amountDue, BigDecimal amountPaid, BigDecimal outstanding,
        BigDecimal interest, String currency) {
}
