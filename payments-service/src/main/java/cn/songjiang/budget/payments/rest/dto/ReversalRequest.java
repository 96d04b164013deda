package cn.songjiang.budget.payments.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a payment is reversed. */
public record ReversalRequest(
        @Schema(description = "Reason of the reversal", examples = "银行退票：收款账号错误") @NotBlank @Size(max = 1000)
        String reason) {
}
