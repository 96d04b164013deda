package cn.songjiang.budget.procurement.rest.dto;

import cn.songjiang.budget.procurement.domain.ContractStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Completes or terminates a contract, with the reason. */
@Schema(name = "ContractStatusChange")
public record ContractStatusRequest(
        @NotNull ContractStatus status,
        @Schema(example = "服务期满，终验通过") @NotBlank @Size(max = 500) String reason) {
}
