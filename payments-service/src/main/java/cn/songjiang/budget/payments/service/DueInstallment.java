package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.Category;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.SupplierSize;
import cn.songjiang.budget.payments.domain.Trigger;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One payable installment as finance sees it, with the days overdue and the late-payment interest counted to the
 * query's day; amounts in CNY. The supplier fields are null for a plan without a contract.
 */
public record DueInstallment(long installmentId, long planId, int sequence, long projectId, String projectCode,
        String projectName, int fiscalYear, Long contractId, Long supplierId, String supplierName,
        SupplierSize supplierSize, Category category, Trigger trigger, boolean fiscalClose, InstallmentStatus status,
        BigDecimal amountDue, BigDecimal amountPaid, BigDecimal outstanding, LocalDate dueDate,
        LocalDate statutoryDeadline, long daysOverdue, BigDecimal interest) {
}
