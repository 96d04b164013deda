package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.Category;
import cn.songjiang.budget.payments.domain.InstallmentStatus;
import cn.songjiang.budget.payments.domain.Trigger;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One payable installment as finance sees it. */
public record DuePaymentRow(
        long installmentId,
        long planId,
        int sequence,
        ProjectRef project,
        @Schema(nullable = true) Long contractId,
        @Schema(nullable = true) SupplierRef supplier,
        @Schema(nullable = true) Category category,
        Trigger trigger,
        boolean fiscalClose,
        InstallmentStatus status,
        BigDecimal amountDue,
        BigDecimal amountPaid,
        BigDecimal outstanding,
        String currency,
        LocalDate dueDate,
        @Schema(nullable = true,
                description = "Latest date allowed by 保障中小企业款项支付条例; null when the supplier is not an SME")
        LocalDate statutoryDeadline,
        long daysOverdue,
        @Schema(description = "Late-payment interest accrued up to asOf, CNY") BigDecimal interest) {

    /** The project an installment belongs to. */
    public record ProjectRef(long id, @Schema(nullable = true) String code, String name, int fiscalYear) {
    }
}
