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
        String projectCode,
        String projectName,
        int fiscalYear,
        Long contractId,
        SupplierRef supplier,
        Category category,
        BigDecimal contractValue,
        @Schema(description = "Most the plan may schedule: contract value, or the project's remaining budget")
        BigDecimal ceiling,
        @Schema(description = "Sum of the installments, CNY") BigDecimal value,
        String currency,
        Integer paymentTermDays,
        BigDecimal lateDailyRate,
        LocalDate signedDate,
        LocalDate periodStart,
        LocalDate periodEnd,
        PlanKind kind,
        Recurrence recurrence,
        PlanSource source,
        String template,
        String clauseText,
        @Schema(maxItems = PlanDrafts.MAX_INSTALLMENTS) List<InstallmentResponse> installments,
        long version) {
}
