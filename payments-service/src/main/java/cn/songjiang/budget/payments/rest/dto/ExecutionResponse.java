package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.Limits;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 双监控: budget execution next to performance-target completion, per project and in total. */
public record ExecutionResponse(int fiscalYear, String departmentCode, String currency,
        @Schema(description = "How far execution may drift from target completion before a project is flagged")
        BigDecimal tolerance,
        @Schema(maxItems = Limits.MAX_PROJECTS) List<ProjectExecution> projects, Total total) {

    /** Whether a project's money moves as its targets say. */
    public enum Flag {
        ON_TRACK, LAGGING, LEADING, NO_TARGET
    }

    /** One project. */
    public record ProjectExecution(
            long projectId,
            @Schema(nullable = true) String code,
            String name,
            BigDecimal budget,
            @Schema(description = "Value of the contracts with a payment plan") BigDecimal contracted,
            @Schema(description = "Sum of every planned installment") BigDecimal scheduled,
            @Schema(description = "Paid, reversals excluded") BigDecimal paid,
            @Schema(nullable = true, description = "paid ÷ budget, 4 decimals") BigDecimal executionRate,
            @Schema(nullable = true, description = "From projects-service: actual ÷ target, 4 decimals")
            BigDecimal targetCompletion,
            @Schema(nullable = true, description = "executionRate − targetCompletion") BigDecimal deviation,
            Flag flag) {
    }

    /** The department's total. */
    public record Total(BigDecimal budget, BigDecimal contracted, BigDecimal scheduled, BigDecimal paid,
            @Schema(nullable = true) BigDecimal executionRate,
            @Schema(nullable = true, description = "Budget-weighted mean of the projects that report one")
            BigDecimal targetCompletion,
            int lagging, int leading) {
    }
}
