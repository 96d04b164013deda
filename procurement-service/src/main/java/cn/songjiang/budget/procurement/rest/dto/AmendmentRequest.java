package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.procurement.service.ContractService.Amendment;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A change of a contract's value and/or period, with its reason; a field left out or null keeps its value. */
@Schema(name = "ContractAmendmentRequest")
public record AmendmentRequest(
        @Schema(example = "补充协议：增加夏季工作服20套") @NotBlank @Size(max = 500) String reason,
        @Schema(nullable = true, example = "33800.00") @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal value,
        @Schema(nullable = true) LocalDate periodStart,
        @Schema(nullable = true, example = "2026-12-15") LocalDate periodEnd,
        @Schema(nullable = true, description = "admin only: approves a value above the plan") @Size(max = 500) String valueOverPlanReason) {

    public Amendment toCommand() {
        return new Amendment(reason, value, periodStart, periodEnd, valueOverPlanReason);
    }
}
