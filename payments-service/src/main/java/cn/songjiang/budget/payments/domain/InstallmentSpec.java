package cn.songjiang.budget.payments.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One installment as a clause, template or request describes it, before amounts are computed.
 *
 * @param fixedDate the calendar date of a {@link Trigger#FIXED_DATE} installment, or null for the fiscal close
 * @param clauseText the words of the clause this installment comes from, kept so a person can check the parse
 */
public record InstallmentSpec(BigDecimal percent, Trigger trigger, Integer serviceMonths, LocalDate fixedDate,
        String clauseText) {

    public static InstallmentSpec of(BigDecimal percent, Trigger trigger) {
        return new InstallmentSpec(percent, trigger, null, null, null);
    }
}
