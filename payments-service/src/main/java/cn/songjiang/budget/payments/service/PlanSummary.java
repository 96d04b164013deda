package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.PaymentPlan;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A plan as lists show it: the plan and what its installments that count (not cancelled) add up to, without the
 * installments themselves. {@code nextDueDate} is the earliest due date of an open installment (null when none).
 */
public record PlanSummary(PaymentPlan plan, int installments, int pending, int due, int partiallyPaid, int paid,
        BigDecimal amountPaid, BigDecimal outstanding, LocalDate nextDueDate) {
}
