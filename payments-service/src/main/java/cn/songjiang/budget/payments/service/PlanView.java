package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.Installment;
import cn.songjiang.budget.payments.domain.PaymentPlan;
import java.util.List;

/** A plan with the installments that count, loaded together. */
public record PlanView(PaymentPlan plan, List<Installment> installments) {
}
