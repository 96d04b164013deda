package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.procurement.domain.ProcurementCategory;
import cn.songjiang.budget.procurement.domain.ProcurementMethod;
import cn.songjiang.budget.procurement.domain.SmeReservation;
import cn.songjiang.budget.procurement.service.ProcurementPlanService.NewPlan;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new procurement plan for a project (amounts in 元, two decimals); an optional field may be null or left out. */
@Schema(name = "ProcurementPlanRequest")
public record PlanRequest(
        @Schema(description = "id of the project in projects-service", example = "12") @NotNull @Positive Long projectId,
        @Schema(example = "政务服务中心窗口工作服采购") @NotBlank @Size(max = 200) String title,
        @NotNull ProcurementCategory category,
        @Schema(description = "公开招标, 邀请招标, 竞争性谈判, 竞争性磋商, 单一来源, 询价, 框架协议, or 不适用 (not government "
                + "procurement; does not draw on the procurement budget)") @NotNull ProcurementMethod method,
        @Schema(example = "32775.00") @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @Schema(description = "NONE, WHOLE (only SMEs may bid) or SHARE (smeReservedAmount of it)")
        @NotNull SmeReservation smeReservation,
        @Schema(nullable = true, description = "required for SHARE; for WHOLE leave out or give the amount", example = "900000.00")
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal smeReservedAmount,
        @Schema(nullable = true, description = "part of the SME reserve for small and micro enterprises", example = "540000.00")
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal smallMicroReservedAmount,
        @Schema(nullable = true, description = "why the plan is not (fully) reserved for SMEs, per the exemptions of 财库〔2020〕46号")
        @Size(max = 500) String smeExemptionReason,
        @Schema(nullable = true, description = "admin only: confirms that this plan takes its category above the declared budget")
        @Size(max = 500) String categoryOverrunReason) {

    public NewPlan toCommand() {
        return new NewPlan(projectId, title, category, method, amount, smeReservation, smeReservedAmount,
                smallMicroReservedAmount, smeExemptionReason, categoryOverrunReason);
    }
}
