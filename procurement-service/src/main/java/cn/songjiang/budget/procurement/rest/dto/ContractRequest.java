package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.procurement.service.ContractService.NewContract;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contract awarded on a plan (value in 元, two decimals; rate as a fraction per day); optional fields may be null. */
@Schema(name = "ContractRequest")
public record ContractRequest(
        @Schema(example = "3") @NotNull @Positive Long planId,
        @Schema(example = "5") @NotNull @Positive Long supplierId,
        @Schema(nullable = true, description = "defaults to the plan's title", example = "2026年窗口工作服定制合同") @Size(max = 200) String title,
        @Schema(example = "31800.00") @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal value,
        @Schema(example = "2026-03-02") @NotNull LocalDate signedDate,
        @Schema(example = "2026-03-02") @NotNull LocalDate periodStart,
        @Schema(example = "2026-11-30") @NotNull LocalDate periodEnd,
        @Schema(nullable = true, description = "days to pay after delivery/acceptance; default 30, at most 60 for an SME supplier",
                example = "30") Integer paymentTermDays,
        @Schema(nullable = true, description = "agreed late-payment interest per day, at most 8 decimals; leave out or null "
                + "when none was agreed", example = "0.0005")
        @DecimalMin(value = "0.00000001") @Digits(integer = 1, fraction = 8) BigDecimal latePaymentDailyRate,
        @Schema(nullable = true, description = "admin only: approves a value above the plan") @Size(max = 500) String valueOverPlanReason,
        @Schema(nullable = true, description = "link the project's parsed payment terms (projects-service) as the schedule "
                + "template; null or left out is false")
        Boolean linkProjectPaymentTerms) {

    public NewContract toCommand() {
        return new NewContract(planId, supplierId, title, value, signedDate, periodStart, periodEnd, paymentTermDays,
                latePaymentDailyRate, valueOverPlanReason, Boolean.TRUE.equals(linkProjectPaymentTerms));
    }
}
