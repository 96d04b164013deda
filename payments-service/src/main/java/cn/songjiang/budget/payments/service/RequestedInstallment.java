package cn.songjiang.budget.payments.service;

import cn.songjiang.budget.payments.domain.InstallmentSpec;
import cn.songjiang.budget.payments.domain.Trigger;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One installment a plan or an amendment asks for: a percent of the value or an amount (the same for every
 * installment of a request), its trigger and what the trigger needs.
 */
public record RequestedInstallment(BigDecimal percent, BigDecimal amount, Trigger trigger, Integer serviceMonths,
        LocalDate dueDate, String clauseText) {

    InstallmentSpec spec() {
        return new InstallmentSpec(percent, trigger, serviceMonths, dueDate, clauseText);
    }
}
