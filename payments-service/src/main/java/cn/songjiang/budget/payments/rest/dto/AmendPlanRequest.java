package cn.songjiang.budget.payments.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An amendment: the installments not yet payable are replaced by the given ones. Installments already payable
 * or paid stay as they are; percents are shares of what remains of the (new) value after them.
 */
@Schema(description = "Replaces the plan's pending installments; payable and paid ones are kept")
public record AmendPlanRequest(
        @Schema(description = "Why the plan changes (kept in the history)", examples = "合同补充协议：中期验收改为两次")
        @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "New plan value; omitted keeps the current one", examples = "1000000.01",
                multipleOf = MoneyLimits.STEP)
        @DecimalMin("0.00") @DecimalMax(MoneyLimits.MAX) @Digits(integer = 13, fraction = 2) BigDecimal value,
        @NotNull @Size(min = 1, max = 120) List<@Valid InstallmentRequest> installments) {
}
