package cn.songjiang.budget.payments.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An installment of a proposed plan with its amount computed to the fen.
 *
 * @param percent share of the plan value, null for a period of a recurring plan
 * @param fixedDate the due date of a fixed-date installment
 * @param fiscalClose true when the installment is due at the fiscal close (11月上旬, 财政关账前)
 * @param periodStart first day of the settlement period of a recurring plan, else null
 * @param periodEnd last day of that period, else null
 * @param estimated true when the amount is an estimate that the actual replaces
 */
public record DraftInstallment(int sequence, BigDecimal percent, BigDecimal amount, Trigger trigger,
        Integer serviceMonths, LocalDate fixedDate, boolean fiscalClose, LocalDate periodStart, LocalDate periodEnd,
        boolean estimated, String clauseText) {
}
