package cn.songjiang.budget.projects.service;

import cn.songjiang.budget.projects.domain.PaymentInstallment;
import cn.songjiang.budget.projects.domain.Project;
import cn.songjiang.budget.projects.domain.ProjectAmountPart;
import cn.songjiang.budget.projects.domain.RecurringPaymentItem;
import java.math.BigDecimal;
import java.util.List;

/** Everything about one project: amount parts, payment terms, targets with their latest actuals. */
public record ProjectDetail(Project project, List<ProjectAmountPart> parts, List<PaymentInstallment> installments,
        List<RecurringPaymentItem> recurringItems, List<TargetStatus> targets, BigDecimal targetCompletion) {
}
