package cn.songjiang.budget.projects.rest.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The resolution of a finding: a reason, and for a project's amount optionally the corrected amount. */
@Schema(name = "FindingResolutionRequest")
public record ResolutionRequest(
        @Schema(nullable = true, description = "The project's corrected amount in 元; omit to close the finding without a change",
                example = "1563600.00")
        @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal correctedAmount,
        @Schema(description = "Why, for the audit trail", maxLength = 1000,
                example = "年度预算安排 omits 万: 156.36万元 per 部门预算 totals")
        @NotBlank @Size(max = 1000) String reason) {
}
