package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.procurement.domain.PlanStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The next status of a plan and why (required to cancel). */
@Schema(name = "PlanStatusChange")
public record PlanStatusRequest(
        @NotNull PlanStatus status,
        @Schema(nullable = true, description = "required to cancel", example = "预算调整，项目取消") @Size(max = 500) String reason) {
}
