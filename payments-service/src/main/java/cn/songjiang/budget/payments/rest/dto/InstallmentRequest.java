package cn.songjiang.budget.payments.rest.dto;

import cn.songjiang.budget.payments.domain.Trigger;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One installment of a plan request: a percent of the plan value or an amount, and its trigger. */
@Schema(description = "One installment: give either percent (all installments) or amount (all installments)")
public record InstallmentRequest(
        @Schema(description = "Share of the plan value in percent, up to two decimals", examples = "30",
                multipleOf = MoneyLimits.STEP)
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") @Digits(integer = 3, fraction = 2)
        BigDecimal percent,
        @Schema(description = "Amount in CNY to the fen", examples = "300000.00", multipleOf = MoneyLimits.STEP)
        @DecimalMin("0.00") @DecimalMax(MoneyLimits.MAX) @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotNull Trigger trigger,
        @Schema(description = "Months of service for SERVICE_ELAPSED", examples = "6")
        @Min(1) @Max(120) Integer serviceMonths,
        @Schema(description = "Date of a FIXED_DATE installment; omitted means the fiscal close (11月上旬)")
        LocalDate dueDate,
        @Schema(description = "Words of the clause this installment comes from")
        @Size(max = 2000) String clauseText) {
}
