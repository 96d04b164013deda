package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.Category;
import cn.songjiang.budget.payments.domain.PlanDrafts;
import cn.songjiang.budget.payments.domain.PlanKind;
import cn.songjiang.budget.payments.domain.PlanSource;
import cn.songjiang.budget.payments.domain.Recurrence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment plan with its installments. */
public record PlanResponse(
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
        @Schema(maxItems = PlanDrafts.MAX_INSTALLMENTS) List<InstallmentResponse> installments,
        long version) {
}
