package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.Category;
import cn.songjiang.budget.payments.domain.PlanDrafts;
import cn.songjiang.budget.payments.domain.PlanKind;
import cn.songjiang.budget.payments.domain.PlanSource;
import cn.songjiang.budget.payments.domain.Recurrence;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A payment plan in a list: the plan and what its installments add up to, without the installments (read them
 * with GET /api/v1/payment-plans/{id}). Cancelled installments do not count.
 */
public record PlanSummaryResponse(
        long id,
        long projectId,
        @Schema(nullable = true) String projectCode,
        String projectName,
        int fiscalYear,
        @Schema(nullable = true) Long contractId,
        @Schema(nullable = true) SupplierRef supplier,
        @Schema(nullable = true) Category category,
        @Schema(nullable = true) BigDecimal contractValue,
        @Schema(description = "Most the plan may schedule: contract value, or the project's remaining budget")
        BigDecimal ceiling,
        @Schema(description = "Sum of the installments, CNY") BigDecimal value,
        String currency,
        @Schema(nullable = true) Integer paymentTermDays,
        @Schema(nullable = true) BigDecimal lateDailyRate,
        @Schema(nullable = true) LocalDate signedDate,
        @Schema(nullable = true) LocalDate periodStart,
        @Schema(nullable = true) LocalDate periodEnd,
        PlanKind kind,
        @Schema(nullable = true) Recurrence recurrence,
        PlanSource source,
        @Schema(nullable = true) String template,
        @Schema(nullable = true) String clauseText,
        @Schema(description = "Installments that count (not cancelled)", maximum = "" + PlanDrafts.MAX_INSTALLMENTS)
        int installmentCount,
        @Schema(description = "How many installments are in each status") StatusCounts installmentsByStatus,
        @Schema(description = "Paid on the installments, reversals deducted, CNY") BigDecimal amountPaid,
        @Schema(description = "Still to pay on the payable installments, CNY") BigDecimal outstanding,
        @Schema(nullable = true, description = "Earliest due date of a payable installment not paid in full")
        LocalDate nextDueDate,
        long version) {

    /** Installments per status; overdue ones are among due and partially paid. */
    @Schema(name = "PlanStatusCounts")
    public record StatusCounts(int pending, int due, int partiallyPaid, int paid) {
    }
}
