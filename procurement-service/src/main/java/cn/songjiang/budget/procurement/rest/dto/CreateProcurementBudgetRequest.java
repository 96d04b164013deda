package cn.songjiang.budget.procurement.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which department's declared procurement budget to copy from projects-service. */
@Schema(name = "CreateProcurementBudgetRequest")
public record CreateProcurementBudgetRequest(
        @Schema(example = "SJZWFW") @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,20}",
                message = "must be 1 to 20 letters, digits, '-' or '_'") String departmentCode,
        @Schema(example = "2026") @NotNull @Min(2000) @Max(2100) Integer fiscalYear) {
}
