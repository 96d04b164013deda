package cn.songjiang.budget.payments.rest.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment against an installment. */
public record PaymentRequest(
        @Schema(description = "Amount paid in CNY; at most the outstanding amount", examples = "300000.00",
                multipleOf = MoneyLimits.STEP)
        @NotNull @DecimalMin("0.01") @DecimalMax(MoneyLimits.MAX) @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @Schema(description = "Date of the payment; not in the future", examples = "2026-04-20")
        @NotNull LocalDate paidDate,
        @Schema(description = "Accounting voucher number (凭证号)", examples = "记-2026-04-0137")
        @NotBlank @Size(max = 64) String voucherNo) {
}
