package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.DeadlineBasis;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.Trigger;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An installment with, once payable, its deadlines, days overdue and the interest accrued today. */
public record InstallmentResponse(
        long id,
        long planId,
        int sequence,
        @Schema(nullable = true, description = "Share of the plan value in percent; null for a recurring period")
        BigDecimal percent,
        @Schema(description = "Amount due in CNY (the estimate of a recurring period until its actual is known)")
        BigDecimal amount,
        boolean estimated,
        String currency,
        Trigger trigger,
        @Schema(nullable = true) Integer serviceMonths,
        @Schema(nullable = true) LocalDate fixedDate,
        @Schema(description = "Due at the fiscal close (11月上旬, 财政关账前)") boolean fiscalClose,
        @Schema(nullable = true) LocalDate periodStart,
        @Schema(nullable = true) LocalDate periodEnd,
        @Schema(nullable = true) String clauseText,
        InstallmentStatus status,
        @Schema(nullable = true) LocalDate eventDate,
        @Schema(nullable = true) LocalDate dueDate,
        @Schema(nullable = true,
                description = "Latest date allowed by 保障中小企业款项支付条例; null when the supplier is not an SME")
        LocalDate statutoryDeadline,
        @Schema(nullable = true) Integer termDays,
        @Schema(description = "The contract agreed more than 60 days for an SME; 60 applies") boolean termCapped,
        @Schema(nullable = true) DeadlineBasis deadlineBasis,
        BigDecimal amountPaid,
        BigDecimal outstanding,
        long daysOverdue,
        @Schema(description = "Late-payment interest accrued up to today, CNY") BigDecimal interest,
        @Schema(nullable = true, description = "Daily interest rate that applies, as a fraction (0.0005 = 万分之五)")
        BigDecimal dailyRate) {
}
