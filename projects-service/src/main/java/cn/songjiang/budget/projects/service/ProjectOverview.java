package cn.songjiang.budget.projects.service;

import cn.songjiang.budget.projects.domain.PaymentInstallment;
import cn.songjiang.budget.projects.domain.Project;
import java.math.BigDecimal;
import java.util.List;

/** A project in a list: the project, its installments and its target completion (or null). */
public record ProjectOverview(Project project, List<PaymentInstallment> installments, BigDecimal targetCompletion) {
}
